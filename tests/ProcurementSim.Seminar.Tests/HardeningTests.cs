using System.Diagnostics;
using System.Net;
using System.Text;

namespace ProcurementSim.Seminar.Tests;

/// <summary>Hostile or malformed input against a real Kestrel server (issue 13, point 9): always a sentence, never a 500.</summary>
public sealed class HardeningTests() : TempStore("seminar-hard-")
{
    private static async Task<(HttpStatusCode Status, string Body)> Send(HttpClient c, HttpRequestMessage m)
    {
        using var r = await c.SendAsync(m);
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_pasted_megabyte_of_bad_lines_answers_a_short_page_with_capped_problems_and_the_server_keeps_little()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        using var c = server.Client();
        var paste = new StringBuilder();
        while (paste.Length < 900_000) paste.Append("k: 1\n");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        using var r = await c.PostAsync("/setup", SeminarServer.Form(("file", ""), ("yaml", paste.ToString())));
        var html = await r.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True(html.Length < 100_000, $"the error page is {html.Length} characters");
        Assert.Contains("more problems from here on are not shown", html, StringComparison.Ordinal);
        Assert.Contains("is not shown again", html, StringComparison.Ordinal);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.True(retained < 50L * 1024 * 1024, $"the server kept {retained / 1024 / 1024} MB after the paste");
    }

    [Theory]
    [InlineData("Origin", "http://127.0.0.1:1")] // another port of the same host: SameSite cookies do not stop it
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task A_state_changing_request_from_another_origin_is_refused_with_403_and_a_sentence(string header, string value)
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["agency"]);
        using var fac = server.Client();
        await SeminarServer.JoinAsync(fac, game.Id, game.Tokens["facilitator"]);

        using var forged = new HttpRequestMessage(HttpMethod.Post, $"/g/{game.Id}/facilitator/pause") { Content = SeminarServer.Form() };
        forged.Headers.Add(header, value);
        var (status, body) = await Send(fac, forged);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("came from another web page", body, StringComparison.Ordinal);
        Assert.DoesNotContain("(paused)", await fac.GetStringAsync($"/g/{game.Id}/facilitator/fragment"), StringComparison.Ordinal);

        // The same request from the page's own origin goes through.
        using var own = new HttpRequestMessage(HttpMethod.Post, $"/g/{game.Id}/facilitator/pause") { Content = SeminarServer.Form() };
        own.Headers.Add("Origin", server.BaseUrl);
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.OK, (await Send(fac, own)).Status);
    }

    [Fact]
    public async Task Creating_games_is_rate_limited_with_429_and_a_sentence()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        using var c = server.Client();
        var answers = new List<HttpStatusCode>();
        string last = "";
        for (var i = 0; i < 11; i++)
        {
            using var r = await c.PostAsync("/games", SeminarServer.Form(("yaml", "")));
            answers.Add(r.StatusCode);
            last = await r.Content.ReadAsStringAsync();
        }
        Assert.All(answers.Take(10), s => Assert.Equal(HttpStatusCode.BadRequest, s)); // an empty scenario, refused by the form
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[10]);
        Assert.Contains("at most 10 a minute", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_requests_are_answered_400_or_415_with_a_sentence_never_500()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["agency"]);
        using var agency = server.Client();
        await SeminarServer.JoinAsync(agency, game.Id, game.Tokens["agency"]);

        using var c = server.Client();
        using (var r = await c.PostAsync("/setup", new StringContent("yaml=x", Encoding.UTF8, "text/plain")))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
            Assert.Contains("Send this as a form", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var r = await c.PostAsync("/games", SeminarServer.Form(("yaml", new string('k', 5 * 1024 * 1024)))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains("The form cannot be read", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var r = await c.PostAsync($"/g/{game.Id}/join", new StringContent("token=x", Encoding.UTF8, "text/plain")))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
            Assert.Contains("as JSON", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var r = await agency.PostAsync($"/g/{game.Id}/seat/agency/move", SeminarServer.Move("""{"orders":[]}""")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains("a \"move\" field", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var r = await agency.PostAsync($"/g/{game.Id}/seat/agency/move", new StringContent("{}", Encoding.UTF8, "text/plain")))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        }
        Assert.DoesNotContain(server.Logs.Lines, l => l.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Scenario_files_are_read_through_the_bounded_loader_never_through_a_link_out_of_the_folder_a_fifo_or_past_the_size_limit()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Folder, "scenarios")).FullName;
        File.Copy(Path.Combine(SeminarServer.RepoRoot, "scenarios", "usage-policy-standoff.yaml"), Path.Combine(folder, "good.yaml"));
        var secret = Path.Combine(Folder, "secret.yaml");
        File.WriteAllText(secret, "name: the-secret-outside\n");
        File.CreateSymbolicLink(Path.Combine(folder, "link.yaml"), secret);
        File.CreateSymbolicLink(Path.Combine(folder, "passwd.yaml"), "/etc/passwd");
        using (var big = File.Create(Path.Combine(folder, "big.yaml"))) big.SetLength(3 * 1024 * 1024);
        using (var mk = Process.Start("mkfifo", Path.Combine(folder, "fifo.yaml"))) await mk.WaitForExitAsync();

        await using var server = await SeminarServer.StartAsync(Store, scenariosFolder: folder);
        using var c = server.Client();
        var home = await c.GetStringAsync("/");
        Assert.Contains("good.yaml", home, StringComparison.Ordinal);
        Assert.Contains("big.yaml", home, StringComparison.Ordinal); // listed; refused with the loader's sentence when chosen
        Assert.DoesNotContain("link.yaml", home, StringComparison.Ordinal);
        Assert.DoesNotContain("passwd.yaml", home, StringComparison.Ordinal);
        Assert.DoesNotContain("fifo.yaml", home, StringComparison.Ordinal);

        async Task<string> Choose(string file, HttpStatusCode expected)
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // a FIFO read would hang
            using var r = await c.PostAsync("/setup", SeminarServer.Form(("file", file), ("yaml", "")), cts.Token);
            var body = await r.Content.ReadAsStringAsync(cts.Token);
            Assert.True(expected == r.StatusCode, $"{file}: {(int)r.StatusCode} {body}");
            return body;
        }
        Assert.Contains("Create the game", await Choose("good.yaml", HttpStatusCode.OK), StringComparison.Ordinal);
        var link = await Choose("link.yaml", HttpStatusCode.BadRequest);
        Assert.Contains("a link to a file outside the scenarios folder", link, StringComparison.Ordinal);
        Assert.DoesNotContain("the-secret-outside", link, StringComparison.Ordinal);
        var passwd = await Choose("passwd.yaml", HttpStatusCode.BadRequest);
        Assert.DoesNotContain("root:", passwd, StringComparison.Ordinal);
        Assert.Contains("not a regular file", await Choose("fifo.yaml", HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("larger than 1 MiB", await Choose("big.yaml", HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("does not exist", await Choose("../secret.yaml", HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }
}
