using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProcurementSim.Testing.Browser;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Processes;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Workbench.Tests;

/// <summary>A planner's session in a real browser (issue 17, point 7).</summary>
[Collection(HeavyTests.Name)]
public sealed partial class WorkbenchBrowserTests : IDisposable
{
    private const string Accreditation = "vendors.replacement_b.replacement.accreditation_weeks";
    private const string IncumbentQuality = "vendors.incumbent.quality";
    private const string CutoverWhen = "strategies.structured_replacement.params.cutover_when";
    private const string OnAccreditationFailure = "strategies.structured_replacement.params.on_accreditation_failure";
    private const string ShortfallCostWeight = "score.weights.shortfall_cost";

    private readonly TempDirectory _dir = new("procsim-workbench-browser-");

    public void Dispose() => _dir.Dispose();

    private static ILocator Row(IPage page, string path) => page.Locator($"[data-path=\"{path}\"]");

    // Opens the reference scenario from the start page as a new draft. Waits for the draft's address only (commit): the
    // score that the callers wait for next is what the planner sees, and a CI run (test projects side by side on two
    // cores) once saw the editor's "load" event not come within 90 s. If no draft page comes, say what the start page
    // shows; one more click is tried first, and said.
    private static async Task OpenReferenceScenario(IPage page)
    {
        var button = page.GetByRole(AriaRole.Button, new() { Name = ReferenceScenarios.Standoff });
        for (var attempt = 1; ; attempt++)
        {
            await button.ClickAsync();
            try
            {
                await page.WaitForURLAsync(DraftUrl(), new() { WaitUntil = WaitUntilState.Commit, Timeout = 45_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 2)
            {
                // The draft page may have come just after the wait gave up: then there is no start page to read.
                if (DraftUrl().IsMatch(page.Url)) return;
                string? shown;
                try
                {
                    shown = await page.Locator("#start-problem").TextContentAsync(new() { Timeout = 5_000 });
                }
                catch (TimeoutException)
                {
                    shown = "nothing readable: it is between pages";
                }
                Console.WriteLine($"No draft page 45 s after the click (the start page at {page.Url} says \"{shown}\"): clicking again.");
            }
        }
    }

    private static async Task<string> ScoreAfterChange(IPage page, string before)
    {
        await page.WaitForFunctionAsync("b => document.getElementById('score').textContent !== b", before);
        return await page.Locator("#score").TextContentAsync() ?? "";
    }

    [ChromiumFact]
    public async Task A_planner_slides_accreditation_time_saves_and_compares_two_variants_and_downloads_yaml_that_replays_in_the_cli()
    {
        await using var server = await WorkbenchServer.StartAsync(_dir.File("workbench.db"));
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        Slow(page);

        // Open the reference scenario from the folder: the default strategy's score appears.
        await page.GotoAsync(server.BaseUrl + "/workbench");
        await OpenReferenceScenario(page);
        var initial = await ScoreAfterChange(page, "–");
        Assert.Matches(@"^\d+\.\d$", initial);
        Assert.Equal(3, await page.Locator("#charts .plot-container").CountAsync());
        // The legends name the categories in words, not as the file writes them.
        var legends = string.Join("|", await page.Locator("#charts .legendtext").AllTextContentsAsync());
        Assert.Contains("autonomous lethal weapons", legends, StringComparison.Ordinal);
        Assert.DoesNotContain("_", legends, StringComparison.Ordinal);

        // B's accreditation time is an uncertainty of the file: the form says the ranking draws it, and a price is not.
        await Assertions.Expect(Row(page, Accreditation).Locator(".sampled-mark")).ToHaveTextAsync("sampled in the ranking");
        Assert.Equal(0, await Row(page, "vendors.replacement_b.price").Locator(".sampled-mark").CountAsync());

        // Slide replacement B's accreditation time from 26 to 45 weeks, one step at a time as a keyboard user would.
        var slider = Row(page, Accreditation).Locator("input[type=range]");
        await slider.FocusAsync();
        for (var i = 0; i < 19; i++) await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(Row(page, Accreditation).Locator("input.number")).ToHaveValueAsync("45");
        await page.WaitForFunctionAsync("() => document.getElementById('yaml').value.includes('accreditation_weeks: 45\\n')");
        var slower = await ScoreAfterChange(page, initial);
        Assert.NotEqual(initial, slower);
        await Assertions.Expect(page.Locator("#saved")).ToHaveTextAsync("All changes saved");

        // Save it, then a second variant with 30 weeks.
        await SaveVariant(page, "B accredited in 45 weeks", "replacement B slower than planned");
        await slider.FocusAsync();
        for (var i = 0; i < 15; i++) await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(Row(page, Accreditation).Locator("input.number")).ToHaveValueAsync("30");
        await ScoreAfterChange(page, slower);
        await SaveVariant(page, "B accredited in 30 weeks", "");

        // A trigger, a choice and a weight the file does not write show the model's defaults, marked so; changing them
        // writes them into the YAML (a bad trigger first shows its sentence at the field and at its line).
        var score = await page.Locator("#score").TextContentAsync() ?? "";
        var when = Row(page, CutoverWhen);
        await Assertions.Expect(when.Locator(".default-mark")).ToBeVisibleAsync();
        await Assertions.Expect(when.Locator("input.text")).ToHaveValueAsync("always");
        await when.Locator("input.text").FillAsync("weeks >= 90");
        await Assertions.Expect(when.Locator(".field-problem")).ToContainTextAsync("cutover_when: expected a signpost; 'weeks' is not one");
        var line = await page.EvaluateAsync<int>("() => document.getElementById('yaml').value.split('\\n').findIndex(l => l.includes('cutover_when: \"weeks >= 90\"')) + 1");
        Assert.True(line > 1, "the YAML did not gain the trigger");
        await Assertions.Expect(page.Locator("#problems")).ToContainTextAsync($"line {line}, column");
        await when.Locator("input.text").FillAsync("week >= 90");
        await page.WaitForFunctionAsync("() => document.getElementById('yaml').value.includes('parallel_run_share: 0.25, cutover_when: \"week >= 90\"}\\n')");
        score = await ScoreAfterChange(page, score);
        await Assertions.Expect(when.Locator(".default-mark")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#problems")).ToBeHiddenAsync();
        await Row(page, ShortfallCostWeight).Locator("input.number").FillAsync("2");
        await page.WaitForFunctionAsync("() => document.getElementById('yaml').value.includes('    reputational_risk: 1\\n    shortfall_cost: 2\\n')");
        await ScoreAfterChange(page, score);
        await Assertions.Expect(Row(page, ShortfallCostWeight).Locator(".default-mark")).ToBeHiddenAsync();
        await Row(page, OnAccreditationFailure).Locator("select").SelectOptionAsync("negotiate");
        await page.WaitForFunctionAsync("() => document.getElementById('yaml').value.includes('cutover_when: \"week >= 90\", on_accreditation_failure: negotiate}\\n')");

        // A broken field shows its sentence at the field; a reload keeps what was typed.
        var quality = Row(page, IncumbentQuality).Locator("input.number");
        await quality.FillAsync("1.5");
        await Assertions.Expect(Row(page, IncumbentQuality).Locator(".field-problem")).ToContainTextAsync("expected a number from 0 to 1, got 1.5");
        await Assertions.Expect(page.Locator("#problems")).ToContainTextAsync("line ");
        await Assertions.Expect(page.Locator("#saved")).ToHaveTextAsync("All changes saved");
        await page.ReloadAsync();
        await Assertions.Expect(Row(page, IncumbentQuality).Locator("input.number")).ToHaveValueAsync("1.5");
        await Assertions.Expect(Row(page, Accreditation).Locator("input.number")).ToHaveValueAsync("30");
        await Assertions.Expect(Row(page, CutoverWhen).Locator("input.text")).ToHaveValueAsync("week >= 90");
        await Assertions.Expect(Row(page, CutoverWhen).Locator(".default-mark")).ToBeHiddenAsync();
        await Assertions.Expect(Row(page, OnAccreditationFailure).Locator("select")).ToHaveValueAsync("negotiate");
        await Assertions.Expect(Row(page, ShortfallCostWeight).Locator("input.number")).ToHaveValueAsync("2");

        // Compare the two variants side by side.
        await page.GotoAsync(server.BaseUrl + "/workbench");
        foreach (var name in new[] { "B accredited in 45 weeks", "B accredited in 30 weeks" })
        {
            await page.GetByLabel("compare " + name).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare the selected variants side by side" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/workbench/compare"));
        var differing = page.Locator("#inputs tr.differs", new() { HasText = Accreditation });
        await Assertions.Expect(differing).ToContainTextAsync("45");
        await Assertions.Expect(differing).ToContainTextAsync("30");
        Assert.Equal(2, await page.Locator("#overlay-capability .scatterlayer .trace").CountAsync() - 1); // two variants + the threshold
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the compare page scrolls sideways at 1280 px");

        // Download the first variant's YAML and result.json; the CLI validates the YAML and replays it to the same bytes.
        await page.GetByRole(AriaRole.Link, new() { Name = "B accredited in 45 weeks" }).First.ClickAsync();
        var yaml = await Download(page, "scenario.yaml");
        var resultJson = await Download(page, "result.json");
        var validate = await CliOutcome.RunAsync("validate", yaml);
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Contains("accreditation_weeks: 45\n", await File.ReadAllTextAsync(yaml), StringComparison.Ordinal);
        var outDir = _dir.File("cli");
        var strategy = ReferenceScenarios.StandoffScenario.Strategies[0].Name;
        var run = await CliOutcome.RunAsync("run", yaml, "--strategy", strategy, "--out", outDir);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(outDir, "result.json")), await File.ReadAllBytesAsync(resultJson));
    }

    [ChromiumFact]
    public async Task The_editor_fits_a_1024_px_tablet_and_a_1280_px_screen_without_sideways_scrolling()
    {
        await using var server = await WorkbenchServer.StartAsync(_dir.File("workbench.db"));
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        foreach (var width in new[] { 1024, 1280 })
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 } });
            Slow(page);
            await page.GotoAsync(server.BaseUrl + "/workbench");
            await OpenReferenceScenario(page);
            await ScoreAfterChange(page, "–");
            await Assertions.Expect(page.Locator("#ranking-table tr")).ToHaveCountAsync(8, new() { Timeout = 60_000 });
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"the editor scrolls sideways at {width} px: {await page.EvaluateAsync<string>(WidestScript)}");
            await page.CloseAsync();
        }
    }

    [ChromiumFact]
    public async Task A_compare_started_from_the_page_keeps_running_through_a_reload_and_opens_its_report()
    {
        await using var server = await WorkbenchServer.StartAsync(_dir.File("workbench.db"));
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 800 } });
        Slow(page);
        await page.GotoAsync(server.BaseUrl + "/workbench");
        await OpenReferenceScenario(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Run an experiment…" }).ClickAsync();

        await page.Locator("input[name=command][value=compare]").CheckAsync();
        await page.Locator("input[name='--runs']").FillAsync("3000");
        await page.Locator("#start-experiment").ClickAsync();
        await Assertions.Expect(page.Locator("#experiments tbody tr")).ToHaveCountAsync(1);
        await page.ReloadAsync();
        var row = page.Locator("#experiments tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("procsim compare --runs 3000");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 120_000 });
        var report = await page.Context.RunAndWaitForPageAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "report.html" }).ClickAsync());
        await report.WaitForLoadStateAsync();
        Assert.Contains("usage-policy-standoff", await report.TitleAsync(), StringComparison.Ordinal);
    }

    // What sticks out past the window's right edge, for the failure message.
    private const string WidestScript = """
        () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' right=' + Math.round(e.getBoundingClientRect().right)).join('; ')
        """;

    // Waits long enough for a loaded 2-CPU machine (a timeout is a failure, not a measure: timing is the harness's).
    private static void Slow(IPage page)
    {
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(90_000);
    }

    private static async Task SaveVariant(IPage page, string name, string note)
    {
        var details = page.Locator("details.save-variant");
        if (await details.GetAttributeAsync("open") is null) await details.Locator("summary").ClickAsync();
        await page.Locator("#variant-name").FillAsync(name);
        await page.Locator("#variant-note").FillAsync(note);
        await page.Locator("#save-variant").ClickAsync();
        await Assertions.Expect(page.Locator("#variant-link")).ToHaveTextAsync(name);
    }

    private async Task<string> Download(IPage page, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync());
        var path = _dir.File("downloaded-" + name);
        await download.SaveAsAsync(path);
        return path;
    }

    [GeneratedRegex("/workbench/d/[0-9a-f]+$")]
    private static partial Regex DraftUrl();
}
