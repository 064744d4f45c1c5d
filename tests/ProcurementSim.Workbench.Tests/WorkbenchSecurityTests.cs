using System.Net;
using System.Text;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Workbench.Tests;

/// <summary>The workbench's door: loopback only unless a key is configured, same-origin writes, bounded input, sentences.</summary>
public sealed class WorkbenchSecurityTests : IDisposable
{
    private static readonly IPAddress Elsewhere = IPAddress.Parse("192.0.2.10"); // TEST-NET-1: another machine

    private readonly TempDirectory _dir = new("procsim-workbench-sec-");

    private string Store => _dir.File("workbench.db");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task From_another_machine_without_a_configured_key_every_page_and_call_is_refused_with_a_sentence()
    {
        await using var server = await WorkbenchServer.StartAsync(Store, key: null, remote: Elsewhere);
        using var c = server.Client();
        foreach (var path in new[] { "/workbench", "/workbench/api/variants", "/workbench/static/editor.js" })
        {
            using var r = await c.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
            Assert.Contains("--workbench-key", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var play = await c.PostAsync("/workbench/api/play", WorkbenchServer.Json(new { yaml = "name: x" }));
        Assert.Equal(HttpStatusCode.Forbidden, play.StatusCode);
    }

    [Fact]
    public async Task From_another_machine_with_a_key_the_workbench_opens_only_after_signing_in_with_that_key()
    {
        await using var server = await WorkbenchServer.StartAsync(Store, key: "correct horse battery staple", remote: Elsewhere);
        using var c = server.Client();

        using (var page = await c.GetAsync("/workbench"))
        {
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/workbench/sign-in", page.Headers.Location?.OriginalString);
        }
        using (var api = await c.GetAsync("/workbench/api/variants")) Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);

        using (var wrong = await c.PostAsync("/workbench/sign-in", new FormUrlEncodedContent([new("key", "wrong")])))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Contains("not the workbench key", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var api = await c.GetAsync("/workbench/api/variants")) Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);

        using (var right = await c.PostAsync("/workbench/sign-in", new FormUrlEncodedContent([new("key", "correct horse battery staple")])))
        {
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            var cookie = Assert.Single(right.Headers.GetValues("Set-Cookie"));
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("battery", cookie, StringComparison.Ordinal);
        }
        using (var api = await c.GetAsync("/workbench/api/variants")) Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("usage-policy-standoff.yaml", await c.GetStringAsync("/workbench"), StringComparison.Ordinal);

        // Another browser without the cookie is still outside.
        using var other = server.Client();
        using var refused = await other.GetAsync("/workbench/api/variants");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("Origin", "http://127.0.0.1:1")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_state_changing_request_from_another_origin_is_refused_and_changes_nothing(string header, string value)
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client(sameOrigin: false);
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/workbench/api/variants")
        {
            Content = WorkbenchServer.Json(new { name = "forged", note = "", yaml = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal) }),
        };
        forged.Headers.Add(header, value);
        using var r = await c.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("came from another web page", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("[]", await c.GetStringAsync("/workbench/api/variants"));
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413_and_a_sentence()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        var huge = new string('#', 4 * 1024 * 1024);
        // Expect: 100-continue, as a browser's large upload would wait: the server answers before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/workbench/api/play") { Content = WorkbenchServer.Json(new { yaml = huge }) };
        request.Headers.ExpectContinue = true;
        using var r = await c.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("could not read this request", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_over_the_loaders_limit_is_not_stored_and_says_the_limit()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        var big = new StringBuilder().Append('#', (1024 * 1024) + 10).ToString();
        using var r = await c.PostAsync("/workbench/api/drafts", WorkbenchServer.Json(new { source = "text", yaml = big }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("larger than 1 MiB", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain", "{}", HttpStatusCode.UnsupportedMediaType, "Send the request as JSON")]
    [InlineData("application/json", "{\"yaml\": [1, 2", HttpStatusCode.BadRequest, "cannot be read")]
    public async Task A_malformed_call_answers_its_status_and_a_sentence_never_a_500(string type, string body, HttpStatusCode status, string sentence)
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        using var r = await c.PostAsync("/workbench/api/play", new StringContent(body, Encoding.UTF8, type));
        Assert.Equal(status, r.StatusCode);
        Assert.Contains(sentence, await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_file_outside_the_folder_is_not_opened()
    {
        await using var server = await WorkbenchServer.StartAsync(Store);
        using var c = server.Client();
        using var r = await c.PostAsync("/workbench/api/drafts", WorkbenchServer.Json(new { source = "file", name = "../../../../etc/passwd" }));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.DoesNotContain("root:", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
