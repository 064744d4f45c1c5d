using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using ProcurementSim.Seminar;
using ProcurementSim.Testing.Browser;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// The <c>--seminar</c> harness (issue 13): one seminar server in this process, one game of the usage-policy standoff
/// with the agency as its human seat (the vendors are bots), thirty seat pages in thirty browser contexts of one
/// headless chromium (so thirty event streams: a context has its own SharedWorker), the pages spread over the four
/// seats (several pages per seat: agency 8, incumbent 8, replacement_a 7, replacement_b 7), and the facilitator's page
/// in a context of its own. A sample: one of the agency's pages submits its orders (the submit button clicked, the
/// time taken in that page) and the facilitator's page notices (a MutationObserver sees "Waiting for: agency" go,
/// the time taken in that page; both pages run in the same browser, on the same clock); then the facilitator advances
/// (over HTTP) and the next turn waits for the agency again. One week a turn: up to 104 samples a game.
/// <para>Options: <c>--samples N</c> (default 100), <c>--pages N</c> (default 30). Prints the median, the 95th
/// percentile and the maximum, and the load average before and after. Not a test: the target (95th percentile within
/// 1 s) is reported, not enforced.</para>
/// </summary>
internal static partial class SeminarHarness
{
    public static int Run(string[] args)
    {
        var samples = HarnessWeb.IntOption(args, "--samples", 100);
        var pages = HarnessWeb.IntOption(args, "--pages", 30);
        return RunAsync(samples, pages).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(int samples, int pageCount)
    {
        var root = ScenarioFixture.FindRepositoryRoot() ?? throw new InvalidOperationException("run from inside the repository");
        var dir = Directory.CreateTempSubdirectory("seminar-harness-").FullName;
        try
        {
            var (app, baseUrl) = await HarnessWeb.StartAsync(b => b.AddSeminar(o =>
            {
                o.StorePath = Path.Combine(dir, "seminar.db");
                o.ScenariosFolder = Path.Combine(root, "scenarios");
            }), a => a.MapSeminar());
            await using var running = app;

            Console.WriteLine("ProcurementSim seminar: a move's submission until the facilitator's page shows it (--seminar)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"machine:    {Environment.ProcessorCount} logical CPUs; load average before {HarnessWeb.LoadAverage()}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"harness:    {pageCount} seat pages in {pageCount} browser contexts + the facilitator's; {samples} samples"));

            using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
            var (id, tokens) = await CreateGame(http, root);
            http.DefaultRequestHeaders.Add("X-Seat-Token", tokens["facilitator"]);
            (await http.PostAsync($"/g/{id}/facilitator/start", new FormUrlEncodedContent([]))).EnsureSuccessStatusCode();

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.RequiredPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"],
            });
            var fac = await Open(browser, baseUrl, id, tokens["facilitator"], "facilitator");
            string[] seats = ["agency", "incumbent", "replacement_a", "replacement_b"];
            var agencyPages = new List<IPage>();
            for (var i = 0; i < pageCount; i++)
            {
                // agency, incumbent, replacement_a, replacement_b, agency, ...: 8, 8, 7, 7 of thirty.
                var seat = seats[i % seats.Length];
                var page = await Open(browser, baseUrl, id, tokens[seat], "seat/" + seat);
                if (seat == "agency") agencyPages.Add(page);
            }
            await fac.WaitForFunctionAsync($"() => document.getElementById('connected').textContent.includes('agency {agencyPages.Count} {(agencyPages.Count == 1 ? "page" : "pages")}')", null, new() { Timeout = 120_000 });

            var latencies = new List<double>();
            for (var s = 0; s < samples; s++)
            {
                var agency = agencyPages[s % agencyPages.Count];
                await WaitFor(fac, "() => { const w = document.getElementById('waiting'); return (w && w.textContent.includes('agency')) || document.querySelector('section.status').innerText.includes('Game over'); }");
                if (await fac.EvaluateAsync<bool>("() => document.querySelector('section.status').innerText.includes('Game over')")) break;
                await WaitFor(agency, "() => { const d = document.getElementById('decision'); return d && d.dataset.key !== 'none' && !!d.querySelector('button.submit-move'); }");
                // Watch before the click, so no change is missed.
                await fac.EvaluateAsync("""
                    () => { window.__shown = new Promise(res => {
                      const gone = () => { const w = document.getElementById('waiting'); return w && !w.textContent.includes('agency'); };
                      const o = new MutationObserver(() => { if (gone()) { o.disconnect(); res(Date.now()); } });
                      o.observe(document.body, { subtree: true, childList: true, characterData: true }); }); }
                    """);
                var submitted = await agency.EvaluateAsync<double>("() => { const t = Date.now(); document.querySelector('#decision button.submit-move').click(); return t; }");
                var shown = await fac.EvaluateAsync<double>("() => window.__shown");
                latencies.Add(shown - submitted);
                (await http.PostAsync($"/g/{id}/facilitator/advance", new FormUrlEncodedContent([]))).EnsureSuccessStatusCode();
            }

            latencies.Sort();
            double At(double q) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"samples:    {latencies.Count}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency:    median {At(0.5):0} ms, 95th percentile {At(0.95):0} ms, max {latencies[^1]:0} ms, min {latencies[0]:0} ms"));
            Console.WriteLine($"target:     95th percentile within 1,000 ms: {(At(0.95) <= 1000 ? "met" : "NOT met")}");
            Console.WriteLine($"load average after: {HarnessWeb.LoadAverage()}");
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<(string Id, Dictionary<string, string> Tokens)> CreateGame(HttpClient http, string root)
    {
        var yaml = await File.ReadAllTextAsync(Path.Combine(root, "scenarios", "usage-policy-standoff.yaml"));
        using var response = await http.PostAsync("/games", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["yaml"] = yaml, ["label"] = "harness", ["strategy"] = "structured_replacement", ["seed"] = "1", ["weeksPerTurn"] = "1",
            ["turnSeconds"] = "0", ["autoTimeout"] = "on", ["seat:agency"] = "human",
        }));
        var html = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException(html);
        var fac = FacilitatorLink().Match(html);
        var tokens = SeatLink().Matches(html).ToDictionary(m => m.Groups["seat"].Value, m => WebUtility.HtmlDecode(m.Groups["token"].Value));
        tokens["facilitator"] = WebUtility.HtmlDecode(fac.Groups["token"].Value);
        return (fac.Groups["id"].Value, tokens);
    }

    // A context of its own (its own cookie and SharedWorker, so its own event stream), joined through the link.
    private static async Task<IPage> Open(IBrowser browser, string baseUrl, string id, string token, string path)
    {
        var ctx = await browser.NewContextAsync(new() { BaseURL = baseUrl });
        var page = await ctx.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync($"/g/{id}/join#{token}");
        await page.WaitForURLAsync($"**/g/{id}/{path}");
        await WaitFor(page, "() => document.readyState !== 'loading' && !!document.getElementById('live')");
        return page;
    }

    private static Task WaitFor(IPage page, string predicate) => page.WaitForFunctionAsync(predicate, null, new() { Timeout = 120_000, PollingInterval = 20 });



    [GeneratedRegex("id=\"facilitator-link\" href=\"[^\"]*/g/(?<id>[0-9a-f]+)/join#(?<token>[^\"]+)\"")]
    private static partial Regex FacilitatorLink();

    [GeneratedRegex("data-seat=\"(?<seat>[^\"]+)\" href=\"[^\"]*/join#(?<token>[^\"]+)\"")]
    private static partial Regex SeatLink();
}
