using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProcurementSim.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace ProcurementSim.Seminar.Tests;

/// <summary>A facilitator and two human seats (agency, replacement_a) play three turns in headless chromium, in three browser contexts.</summary>
public sealed class SeminarBrowserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("seminar-browser-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [ChromiumFact]
    public async Task A_facilitator_and_two_players_play_three_turns_in_chromium()
    {
        await using var server = await SeminarServer.StartAsync(Path.Combine(_dir, "seminar.db"));
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        // Generous: CI runs the test projects side by side on two cores, and a page load can wait its turn.
        SetDefaultExpectTimeout(60_000);

        // The facilitator creates the game through the forms.
        var facCtx = await browser.NewContextAsync(new() { BaseURL = server.BaseUrl });
        var fac = await facCtx.NewPageAsync();
        fac.SetDefaultTimeout(90_000);
        await fac.GotoAsync("/");
        await fac.SelectOptionAsync("select[name=file]", "usage-policy-standoff.yaml");
        await fac.ClickAsync("text=Next: strategy and seats");
        await fac.SelectOptionAsync("select[name=strategy]", "structured_replacement");
        await fac.FillAsync("input[name=turnSeconds]", "0");
        await fac.CheckAsync("input[name='seat:replacement_a'][value=human]");
        await fac.ClickAsync("text=Create the game");
        var facilitatorLink = await fac.GetAttributeAsync("#facilitator-link", "href");
        var agencyLink = await fac.GetAttributeAsync("a.join-link[data-seat=agency]", "href");
        var vendorLink = await fac.GetAttributeAsync("a.join-link[data-seat=replacement_a]", "href");
        var id = Regex.Match(facilitatorLink!, "/g/([0-9a-f]+)/join#").Groups[1].Value;

        await fac.GotoAsync(facilitatorLink!);
        await Joined(fac, $"**/g/{id}/facilitator", server);
        var agencyCtx = await browser.NewContextAsync(new() { BaseURL = server.BaseUrl });
        var agency = await agencyCtx.NewPageAsync();
        agency.SetDefaultTimeout(90_000);
        await agency.GotoAsync(agencyLink!);
        await Joined(agency, $"**/g/{id}/seat/agency", server);
        var vendorCtx = await browser.NewContextAsync(new() { BaseURL = server.BaseUrl });
        var vendor = await vendorCtx.NewPageAsync();
        vendor.SetDefaultTimeout(90_000);
        await vendor.GotoAsync(vendorLink!);
        await Joined(vendor, $"**/g/{id}/seat/replacement_a", server);
        Assert.DoesNotContain("#", agency.Url, StringComparison.Ordinal); // the token left the address bar

        // Turn 1: before any week is played there is no score to show, only a sentence saying so.
        await Expect(fac.Locator("#waiting")).ToContainTextAsync("agency");
        await Expect(fac.Locator("#score")).ToHaveTextAsync("—");
        await Expect(fac.Locator("section.status")).ToContainTextAsync("not yet scored: no week has been played");
        // The agency sees the vendors' usage policies (the incumbent prohibits autonomous lethal weapons in this scenario).
        await Expect(agency.Locator("table.stances tr", new() { HasText = "incumbent" })).ToContainTextAsync("prohibited");
        await Expect(agency.Locator("table.vendors")).ToContainTextAsync("$1,000"); // the incumbent's price, as money
        // The agency asks for the bot's suggestion, then solicits with the list builder, whose fields follow the order type.
        await agency.ClickAsync("button.suggest");
        await Expect(agency.Locator("#suggestion")).ToContainTextAsync("The bot would");
        await Expect(agency.Locator("select[name=order] option[value=mark_transition_complete]")).ToHaveCountAsync(0);
        await Expect(agency.Locator("select[name=vendor]")).ToBeVisibleAsync(); // set_share, the first order, names a vendor
        await Expect(agency.Locator("fieldset.cats")).ToBeHiddenAsync();
        await agency.SelectOptionAsync("select[name=order]", "solicit");
        await Expect(agency.Locator("select[name=vendor]")).ToBeHiddenAsync();
        await Expect(agency.Locator("input[name=share]")).ToBeHiddenAsync();
        await agency.CheckAsync("input[name=categories][value=intelligence_analysis]");
        await agency.ClickAsync("button.add-order");
        await Expect(agency.Locator("ol.orders li")).ToHaveCountAsync(1);
        await Expect(agency.Locator("ol.orders li")).ToContainTextAsync("call for bids (solicitation) for categories: intelligence analysis");
        // The ticked category does not carry over to the next order.
        await Expect(agency.Locator("input[name=categories][value=intelligence_analysis]")).Not.ToBeCheckedAsync();
        await agency.ClickAsync("button.submit-move");
        await Expect(agency.Locator("#msg")).ToContainTextAsync("Your move was taken");

        // The facilitator's page learns of it without a reload (SSE) and advances; the game stops for the vendor's bid.
        await Expect(fac.Locator("#advance")).ToBeEnabledAsync();
        await fac.ClickAsync("#advance");
        await Expect(fac.Locator("#waiting")).ToContainTextAsync("replacement_a");
        await Expect(vendor.Locator("form[data-move=bid_decision]")).ToBeVisibleAsync();
        await vendor.ClickAsync("form[data-move=bid_decision] button[value=yes]");
        await Expect(vendor.Locator("table.bids")).ToBeVisibleAsync();

        // Turns 2 and 3: the agency lets the contracts run; the facilitator advances.
        for (var turn = 2; turn <= 3; turn++)
        {
            await Expect(agency.Locator("section.status")).ToHaveAttributeAsync("data-turn", turn.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(agency.Locator("button.submit-move")).ToBeVisibleAsync();
            await agency.ClickAsync("button.submit-move");
            await Expect(fac.Locator("#advance")).ToBeEnabledAsync();
            await fac.ClickAsync("#advance");
        }
        await Expect(fac.Locator("section.status")).ToHaveAttributeAsync("data-turn", "4");
        await Expect(fac.Locator("#score")).Not.ToBeEmptyAsync();

        // Talk and an umpire's ruling in words (changing nothing of the game), shown on the facilitator's page.
        await agency.FillAsync("#messages input[name=text]", "We will keep the incumbent on intelligence analysis while A accredits.");
        await agency.ClickAsync("#messages button");
        await Expect(fac.Locator("#messages table.messages")).ToContainTextAsync("while A accredits");
        await fac.FillAsync("#rulings form.cmd input[name=ruling]", "Talks with the incumbent are not binding");
        await fac.FillAsync("#rulings form.cmd input[name=reason]", "only orders change the game");
        await fac.ClickAsync("#rulings form.cmd button");
        await Expect(agency.Locator("#rulings table.rulings")).ToContainTextAsync("only orders change the game");

        await Screenshot(fac, "facilitator");
        await Screenshot(fac, "umpire", "#messages");
        await Screenshot(agency, "agency");
        await Screenshot(vendor, "vendor");

        // A phone (390 px wide): no page scrolls sideways; wide tables scroll in their own box.
        foreach (var (name, page) in new[] { ("facilitator", fac), ("agency", agency), ("vendor", vendor) })
        {
            var width = await PageWidthAt390(page);
            Assert.True(width <= 390, $"the {name} page is {width} px wide on a 390 px phone");
        }

        // Fog of war: the vendor's page shows its own bid and nothing of replacement_b's.
        var vendorHtml = await vendor.ContentAsync();
        Assert.Contains("bid submitted</td><td>replacement_a", vendorHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("bid submitted</td><td>replacement_b", vendorHtml, StringComparison.Ordinal);
        // ... though replacement_b (a bot) did bid: the facilitator's debrief shows its decision.
        Assert.Matches("<td>replacement_b</td><td>1</td><td>\\d+</td><td>bot</td><td>solicitation 1: bids</td>", await Debrief(facCtx, id));

        // The vendor may not act for the agency, nor open the facilitator's page.
        var status = await vendor.EvaluateAsync<int>($"async () => (await fetch('/g/{id}/seat/agency/move', {{ method: 'POST', body: '{{\"move\":\"agency_orders\",\"orders\":[]}}' }})).status");
        Assert.Equal(403, status);
        var denied = await vendor.GotoAsync($"/g/{id}/facilitator");
        Assert.Equal(403, denied!.Status);

        // One click on the facilitator's page exports the game.
        var download = await fac.RunAndWaitForDownloadAsync(() => fac.ClickAsync("#export-csv"));
        Assert.Equal($"game-{id}.csv", download.SuggestedFilename);
        Assert.StartsWith("section,turn,week,who,what,subject,detail,known_to,value\r\nscore,1,", await File.ReadAllTextAsync((await download.PathAsync())!), StringComparison.Ordinal);

        // The debrief renders: the chart, and the agency's solicitation beside the bot's suggestion.
        await fac.ClickAsync("text=Debrief");
        await Expect(fac.Locator("svg.chart circle")).ToHaveCountAsync(3);
        await Expect(fac.Locator("#export-json")).ToBeVisibleAsync();
        await Expect(fac.Locator("table.turn-timeline").First).ToContainTextAsync("everyone");
        await Expect(fac.Locator("table.decisions")).ToContainTextAsync("call for bids for intelligence analysis");
        await Screenshot(fac, "debrief");
        var debriefWidth = await PageWidthAt390(fac);
        Assert.True(debriefWidth <= 390, $"the debrief is {debriefWidth} px wide on a 390 px phone");

        // "Fork here" opens the seat's own form, prefilled with the move taken: the agency's first orders are in its list.
        var agencyRow = fac.Locator("table.decisions tr", new() { HasText = "call for bids for intelligence analysis" }).Filter(new() { HasText = "agency" }).First;
        await agencyRow.Locator("summary").ClickAsync();
        await Expect(agencyRow.Locator("ol.orders li")).ToHaveCountAsync(1);
        await Expect(agencyRow.Locator("ol.orders li")).ToContainTextAsync("call for bids for intelligence analysis");
        await agencyRow.Locator("summary").ClickAsync();

        // A bot's decision in the middle of a turn: replacement_b's bid (marked as taken), turned down with the form's
        // own button. The game is not over, so the fork is compared with the same decision played on by the bots.
        var bid = fac.Locator("table.decisions tr", new() { HasText = "solicitation 1: bids" }).Filter(new() { HasText = "replacement_b" });
        await bid.Locator("summary").ClickAsync();
        await Expect(bid.Locator("button[value=yes]")).ToContainTextAsync("(taken)");
        await bid.Locator("button[value=no]").ClickAsync();
        await Expect(fac.Locator("#comparison h2")).ToContainTextAsync(new Regex("as played to replacement_b, week \\d+, then bots vs fork at replacement_b, week \\d+"));
        await Expect(fac.Locator("#forked")).ToContainTextAsync(new Regex("Forked: replacement_b's decision of week \\d+ \\(turn \\d+\\)\\. Taken: solicitation 1: bids\\. Instead: solicitation 1: does not bid\\."));
        await Expect(fac.Locator("table.fork-timeline")).ToBeVisibleAsync();
        await Expect(fac.Locator("#fork-differences")).Not.ToBeEmptyAsync();
        await Screenshot(fac, "fork", "#comparison");
    }

    [ChromiumFact]
    public async Task Nine_tabs_of_one_browser_all_stay_live_on_one_shared_stream()
    {
        await using var server = await SeminarServer.StartAsync(Path.Combine(_dir, "tabs.db"));
        var game = await server.CreateAsync(["agency"]);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        SetDefaultExpectTimeout(60_000);

        // One browser (one context: one cookie jar and one connection pool, six connections to a host at most)
        // holding the facilitator's and the agency's seats, each in several tabs.
        var ctx = await browser.NewContextAsync(new() { BaseURL = server.BaseUrl });
        var joiner = await ctx.NewPageAsync();
        joiner.SetDefaultTimeout(90_000);
        await joiner.GotoAsync($"/g/{game.Id}/join#{game.Tokens["facilitator"]}");
        await Joined(joiner, $"**/g/{game.Id}/facilitator", server);
        await joiner.GotoAsync($"/g/{game.Id}/join#{game.Tokens["agency"]}");
        await Joined(joiner, $"**/g/{game.Id}/seat/agency", server);
        var facilitators = new List<IPage>();
        var agencies = new List<IPage> { joiner };
        for (var i = 0; i < 8; i++)
        {
            var page = await ctx.NewPageAsync();
            page.SetDefaultTimeout(90_000);
            await page.GotoAsync(i % 2 == 0 ? $"/g/{game.Id}/facilitator" : $"/g/{game.Id}/seat/agency");
            (i % 2 == 0 ? facilitators : agencies).Add(page);
        }
        Assert.Equal(9, facilitators.Count + agencies.Count);
        foreach (var page in facilitators) await Expect(page.Locator("#waiting")).ToContainTextAsync("Waiting for: agency");
        // Who is connected counts the pages, though they share one stream: four facilitator tabs, five of the agency
        // (the first tab said goodbye as the facilitator when it went on to join the agency).
        await Expect(facilitators[0].Locator("#connected")).ToContainTextAsync("facilitator 4 pages");
        await Expect(facilitators[0].Locator("#connected")).ToContainTextAsync("agency 5 pages");

        // The agency moves from its last tab; every tab, the first ones opened included, learns of it without a reload.
        var last = agencies[^1];
        await Expect(last.Locator("button.submit-move")).ToBeVisibleAsync();
        await last.ClickAsync("button.submit-move");
        foreach (var page in facilitators) await Expect(page.Locator("#waiting")).ToContainTextAsync("Nobody to wait for");
        foreach (var page in agencies) await Expect(page.Locator("#decision")).ToHaveAttributeAsync("data-key", "none");

        // The nine tabs follow the game on one stream (the first tab's stream closed when it moved on to join the agency).
        int Count(string what) => server.Logs.Lines.Count(l => l.Contains(what, StringComparison.Ordinal) && l.Contains("/events", StringComparison.Ordinal));
        int Open() => Count("Request starting") - Count("Request finished");
        // The first tab's stream ends when the server notices the closed connection: give it a moment on a busy machine.
        for (var wait = 0; wait < 100 && Open() != 1; wait++) await Task.Delay(100);
        Assert.Equal(1, Open());
    }

    [ChromiumFact]
    public async Task Every_action_is_answered_a_draft_survives_other_tabs_and_the_seat_is_sent_to_the_debrief_at_the_end()
    {
        await using var server = await SeminarServer.StartAsync(Path.Combine(_dir, "echo.db"));
        var game = await server.CreateAsync(["agency"]);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        SetDefaultExpectTimeout(60_000);
        var ctx = await browser.NewContextAsync(new() { BaseURL = server.BaseUrl });
        var fac = await ctx.NewPageAsync();
        fac.SetDefaultTimeout(90_000);
        await fac.GotoAsync($"/g/{game.Id}/join#{game.Tokens["facilitator"]}");
        await Joined(fac, $"**/g/{game.Id}/facilitator", server);
        var drafting = await ctx.NewPageAsync();
        drafting.SetDefaultTimeout(90_000);
        await drafting.GotoAsync($"/g/{game.Id}/join#{game.Tokens["agency"]}");
        await Joined(drafting, $"**/g/{game.Id}/seat/agency", server);
        var other = await ctx.NewPageAsync();
        other.SetDefaultTimeout(90_000);
        await other.GotoAsync($"/g/{game.Id}/seat/agency");

        // The agency drafts an order in one tab; the facilitator fires an inject, which every page hears of.
        await drafting.SelectOptionAsync("select[name=order]", "solicit");
        await drafting.CheckAsync("input[name=categories][value=cyber_defense]");
        await drafting.ClickAsync("button.add-order");
        await fac.SelectOptionAsync("select[name=kind]", "budget_shock");
        await fac.FillAsync("input[name=magnitude]", "0.1");
        await fac.FillAsync("input[name=weeks]", "0");
        await fac.ClickAsync("text=Fire custom inject");
        await Expect(fac.Locator("#msg")).ToHaveTextAsync("Custom inject fired: budget shock.");
        await Expect(drafting.Locator("table.timeline")).ToContainTextAsync("budget shock");
        // The draft lived through that update.
        await Expect(drafting.Locator("ol.orders li")).ToHaveCountAsync(1);
        await Expect(drafting.Locator("ol.orders li")).ToContainTextAsync("cyber defense");

        // The facilitator is writing a message when the seat's move updates the page: what is typed is kept.
        var writing = fac.Locator("#messages input[name=text]");
        await writing.FillAsync("Two minutes left for talks");
        await Expect(fac.Locator("#waiting")).ToContainTextAsync("Waiting for: agency");

        // The other tab of the seat sends no orders: it is echoed on both, and the draft that was not sent is named.
        await other.ClickAsync("button.submit-move");
        await Expect(fac.Locator("#waiting")).ToContainTextAsync("Nobody to wait for");
        await Expect(writing).ToHaveValueAsync("Two minutes left for talks");
        // Sent, it is listed and the field is empty again (nothing sent is kept).
        await fac.ClickAsync("#messages button");
        await Expect(fac.Locator("#messages")).ToContainTextAsync("Two minutes left for talks");
        await Expect(writing).ToHaveValueAsync("");
        await Expect(other.Locator("#msg")).ToContainTextAsync("Your move was taken");
        await Expect(other.Locator("#sent")).ToContainTextAsync("Your orders: no orders (contracts run as set) — sent (it takes effect when week 0 is played).");
        await Expect(drafting.Locator("#sent")).ToContainTextAsync("Your orders: no orders (contracts run as set) — sent");
        await Expect(drafting.Locator("#msg")).ToContainTextAsync("the orders drafted here were not sent: call for bids (solicitation) for categories: cyber defense");
        await fac.ClickAsync("#advance");
        await Expect(fac.Locator("#msg")).ToHaveTextAsync("The turn was played to the next stop.");
        await Expect(other.Locator("#sent")).ToContainTextAsync("Week 0: no orders (contracts run as set) — yours, played.");

        // The facilitator hands the agency to the bot and plays to the end: the seat's page says so and links to the debrief.
        using var client = server.Client();
        client.DefaultRequestHeaders.Add("X-Seat-Token", game.Tokens["facilitator"]);
        (await client.PostAsync($"/g/{game.Id}/facilitator/seat", SeminarServer.Form(("seat", "agency"), ("kind", "bot")))).EnsureSuccessStatusCode();
        for (var i = 0; i < 20 && !(await client.GetStringAsync($"/g/{game.Id}/facilitator/fragment")).Contains("Game over", StringComparison.Ordinal); i++)
        {
            (await client.PostAsync($"/g/{game.Id}/facilitator/advance", SeminarServer.Form())).EnsureSuccessStatusCode();
        }
        await Expect(other.Locator("#game-over")).ToContainTextAsync("The game is over.");
        await other.ClickAsync("#game-over a");
        await Expect(other.Locator("h1")).ToContainTextAsync("Debrief");
    }

    /// <summary>
    /// The README's screenshots, only when asked (a one-off, not every run):
    /// SEMINAR_SCREENSHOTS=$PWD/docs/images dotnet test tests/ProcurementSim.Seminar.Tests --filter "FullyQualifiedName~Browser"
    /// </summary>
    // The join page posts the link's token and moves on (location.replace); poll for the page it moves to rather than
    // wait for a navigation event, which can be missed when the move happens while the join page is still loading.
    // When it does not arrive, say where the page is and what it shows.
    internal static async Task Joined(IPage page, string url, SeminarServer server)
    {
        var path = url.TrimStart('*');
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (new Uri(page.Url).AbsolutePath == path && await Ready(page))
            {
                return;
            }

            await Task.Delay(100);
        }

        var text = await page.EvaluateAsync<string>("() => document.body ? document.body.innerText : '(no body)'");
        var log = string.Join("\n", server.Logs.Lines.TakeLast(15));
        throw new TimeoutException($"The join did not reach {path}: the page is at {page.Url} showing \"{text}\". Last server log lines:\n{log}");
    }

    private static async Task<bool> Ready(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<bool>("() => document.readyState !== 'loading' && !!document.getElementById('live')");
        }
        catch (PlaywrightException)
        {
            return false; // the page navigated while we asked
        }
    }

    /// <summary>The page's laid-out width (what scrolls sideways) at a phone's 390 px, then back to a desktop size.</summary>
    internal static async Task<int> PageWidthAt390(IPage page)
    {
        await page.SetViewportSizeAsync(390, 844);
        var width = await page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
        // Name what sticks out, so a failure says where to look.
        var wide = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > 391 && !e.closest(".scroll"))
              .slice(0, 5).map(e => e.tagName + "." + e.className + " " + Math.round(e.getBoundingClientRect().right)).join("; ")
            """);
        await page.SetViewportSizeAsync(1280, 900);
        Console.WriteLine($"{page.Url}: {width} px wide at 390 px{(wide.Length > 0 ? ": " + wide : "")}");
        return width;
    }

    private static async Task Screenshot(IPage page, string name, string? from = null)
    {
        if (Environment.GetEnvironmentVariable("SEMINAR_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.SetViewportSizeAsync(1280, 900);
        if (from is not null) await page.EvalOnSelectorAsync(from, "e => e.scrollIntoView()");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"seminar-{name}.png"), FullPage = false });
    }

    private static async Task<string> Debrief(IBrowserContext ctx, string id)
    {
        var r = await ctx.APIRequest.GetAsync($"/g/{id}/debrief");
        return await r.TextAsync();
    }
}
