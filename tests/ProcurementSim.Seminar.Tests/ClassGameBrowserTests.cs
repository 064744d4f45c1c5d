using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProcurementSim.Testing.Browser;
using static Microsoft.Playwright.Assertions;

namespace ProcurementSim.Seminar.Tests;

/// <summary>
/// A class (issue 13, point 10): the facilitator and three human seats of the usage-policy standoff (agency, incumbent,
/// replacement_a), each in its own browser context, over a whole game of three turns: messages, a ruling, a turn that
/// times out, the end, a fork from the debrief in the seat's own form, and the export.
/// </summary>
public sealed class ClassGameBrowserTests() : TempStore("seminar-class-")
{
    private const string PrivateText = "Would you permit battlefield operations for a longer contract?";
    private const string PublicText = "Talks are open: ten minutes before the first turn.";
    private const string RulingReason = "the agency team is still reading its briefing";
    private const string ReadinessRuling = "replacement_a is not ready yet";

    [ChromiumFact]
    public async Task A_facilitator_and_three_seats_play_a_whole_game_with_messages_a_ruling_a_timeout_a_fork_and_the_export()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        // 104 weeks at 35 a turn: three turns. Twenty seconds a decision: long enough for the facilitator's clicks on a
        // loaded machine, short enough for the agency's second turn to time out within the test.
        var game = await server.CreateAsync(["agency", "incumbent", "replacement_a"], turnSeconds: 20, weeksPerTurn: 35);
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        SetDefaultExpectTimeout(60_000); // CI runs the test projects side by side on two cores

        async Task<IPage> Join(string role, string path)
        {
            var ctx = await browser.NewContextAsync(new() { BaseURL = server.BaseUrl });
            var page = await ctx.NewPageAsync();
            page.SetDefaultTimeout(90_000);
            await page.GotoAsync($"/g/{game.Id}/join#{game.Tokens[role]}");
            await SeminarBrowserTests.Joined(page, $"/g/{game.Id}/{path}", server);
            return page;
        }

        var fac = await Join("facilitator", "facilitator");
        var agency = await Join("agency", "seat/agency");
        var incumbent = await Join("incumbent", "seat/incumbent");
        var vendor = await Join("replacement_a", "seat/replacement_a");
        var seats = new[] { ("agency", agency), ("incumbent", incumbent), ("replacement_a", vendor) };
        await Expect(fac.Locator("#connected")).ToContainTextAsync("agency 1 page");
        await Expect(fac.Locator("#connected")).ToContainTextAsync("incumbent 1 page");
        await Expect(fac.Locator("#connected")).ToContainTextAsync("replacement_a 1 page");
        foreach (var (_, page) in seats) await Expect(page.Locator("p.not-started")).ToContainTextAsync("The facilitator has not started the game");

        // Before the start: the agency writes privately to the incumbent, the umpire to everyone.
        await Submit(agency, "#messages form", new() { ["to"] = "incumbent", ["text"] = PrivateText });
        await Expect(incumbent.Locator("#messages table.messages")).ToContainTextAsync(PrivateText);
        await Expect(fac.Locator("#messages table.messages")).ToContainTextAsync(PrivateText);
        await Submit(fac, "#messages form", new() { ["to"] = "public", ["text"] = PublicText });
        foreach (var (_, page) in seats) await Expect(page.Locator("#messages table.messages")).ToContainTextAsync(PublicText);

        // The umpire rules on the agency's first orders with a reason, in the agency's own order form (an empty list:
        // no orders this turn). The agency reads it and no longer has a decision open.
        await Submit(fac, "#rule-open form.ruling[data-seat=agency]", new() { ["ruling"] = "no orders this turn", ["reason"] = RulingReason });
        await Expect(fac.Locator("#msg")).ToContainTextAsync("Ruled: the outcome is agency's move.");
        await Expect(agency.Locator("#rulings table.rulings")).ToContainTextAsync(RulingReason);
        await Expect(agency.Locator("#rulings table.rulings")).ToContainTextAsync("no orders this turn");
        await Expect(agency.Locator("#decision")).ToHaveAttributeAsync("data-key", "none");
        await Expect(fac.Locator("#waiting")).ToContainTextAsync("Nobody to wait for");

        // Fog of war: the replacement read the umpire's public message (so its page is current) but neither the private
        // message between the agency and the incumbent nor the ruling on the agency.
        var vendorText = await vendor.Locator("#live").InnerTextAsync();
        Assert.Contains(PublicText, vendorText, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateText, vendorText, StringComparison.Ordinal);
        Assert.DoesNotContain(RulingReason, vendorText, StringComparison.Ordinal);
        Assert.DoesNotContain(RulingReason, await incumbent.Locator("#live").InnerTextAsync(), StringComparison.Ordinal);

        // The umpire rules on an outcome of the model, to everyone: the replacement's readiness slips. Every seat reads
        // the ruling with its effect in words; the model's log has the delay.
        await Submit(fac, "#rulings form.cmd", new() { ["seat"] = "public", ["ruling"] = ReadinessRuling, ["reason"] = "the security review found gaps", ["effect"] = "accreditation_delay", ["weeks"] = "6", ["target"] = "replacement_a" });
        foreach (var (_, page) in seats) await Expect(page.Locator("#rulings table.rulings")).ToContainTextAsync("replacement_a's accreditation is delayed by 6 weeks");

        await fac.ClickAsync("#start-game");
        await Expect(fac.Locator("#start-game")).ToHaveCountAsync(0);
        foreach (var (_, page) in seats) await Expect(page.Locator("p.not-started")).ToHaveCountAsync(0);

        // Play to the end from the facilitator's page: advance when nobody is waited for; turn 2's agency is left to its
        // clock; turn 3's agency submits from its own page; any other open decision is taken from the bot at once.
        bool agencyTimedOut = false, agencySubmitted = false;
        for (var step = 0; ; step++)
        {
            Assert.True(step < 80, "the game did not end in 80 steps: " + await fac.Locator("section.status").InnerTextAsync());
            var status = fac.Locator("section.status");
            if ((await status.InnerTextAsync()).Contains("Game over", StringComparison.Ordinal)) break;
            var before = await State(fac);
            var turn = await status.GetAttributeAsync("data-turn");
            var waiting = await fac.Locator("#waiting").InnerTextAsync();
            var waited = waiting.StartsWith("Waiting for: ", StringComparison.Ordinal) ? waiting["Waiting for: ".Length..].Split(", ") : [];
            if (waited.Length == 0)
            {
                if (!await TryClick(fac.Locator("#advance:not([disabled])"))) continue;
            }
            else if (turn == "2" && waited.Contains("agency") && !agencyTimedOut && waited.All(s => s == "agency"))
            {
                // The agency does nothing: its clock runs out and the page says what the bot took for it.
                await Expect(agency.Locator("#timeouts")).ToContainTextAsync("Time ran out", new() { Timeout = 120_000 });
                await Expect(agency.Locator("#timeouts")).ToContainTextAsync("this move for you:");
                await Expect(agency.Locator("#timeouts")).ToContainTextAsync("Anything you had not submitted was not kept.");
                agencyTimedOut = true;
            }
            else if (turn == "3" && waited.Contains("agency") && !agencySubmitted)
            {
                await agency.ClickAsync("#decision button.submit-move");
                await Expect(agency.Locator("#msg")).ToContainTextAsync("Your move was taken");
                agencySubmitted = true;
            }
            else
            {
                var seat = waited.First(s => !(s == "agency" && turn == "2" && !agencyTimedOut));
                var take = fac.Locator("table.seats tr", new() { HasText = seat }).Locator("button", new() { HasText = "take the bot's move now" });
                if (!await TryClick(take)) continue;
            }
            // Wait until the facilitator's page shows the consequence (its stream reloads the fragment).
            await fac.WaitForFunctionAsync("before => (" + StateScript + ")() !== before", before, new() { Timeout = 120_000 });
        }
        Assert.True(agencyTimedOut, "the agency's turn 2 was never left waiting on its clock alone");
        Assert.True(agencySubmitted, "the agency never had a turn-3 decision to submit");

        // The end, on every seat's page; the agency's notice now says the bot took the move.
        foreach (var (_, page) in seats) await Expect(page.Locator("#game-over")).ToContainTextAsync("The game is over.");
        await Expect(agency.Locator("#timeouts")).ToContainTextAsync("Week 35: the bot took this move for you");
        foreach (var (name, page) in seats)
        {
            var width = await SeminarBrowserTests.PageWidthAt390(page);
            Assert.True(width <= 390, $"the {name} page is {width} px wide on a 390 px phone");
        }

        // The agency, in its own browser, reads the debrief and forks its timed-out decision of turn 2 with its own form:
        // a call for bids for intelligence analysis instead of what the bot took.
        await agency.ClickAsync("#game-over a");
        await Expect(agency.Locator("h1")).ToContainTextAsync("Debrief");
        await Expect(agency.Locator("table.decisions")).ToContainTextAsync("timeout");
        var row = agency.Locator("table.decisions tr:has(td:nth-child(1):text-is('agency')):has(td:nth-child(2):text-is('2'))");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td:nth-child(4)")).ToHaveTextAsync("timeout");
        await row.Locator("summary").ClickAsync();
        var form = row.Locator("form.orders-builder");
        await form.Locator("select[name=order]").SelectOptionAsync("solicit");
        await form.Locator("input[name=categories][value=intelligence_analysis]").CheckAsync();
        await form.Locator("button.add-order").ClickAsync();
        await Expect(form.Locator("ol.orders li").Last).ToContainTextAsync("call for bids (solicitation) for categories: intelligence analysis");
        await form.Locator("button.submit-move").ClickAsync();
        await Expect(agency.Locator("#forked")).ToContainTextAsync(new Regex("Forked: agency's decision of week 35 \\(turn 2\\)\\. Taken: .*\\. Instead: .*call for bids for intelligence analysis"));
        await Expect(agency.Locator("table.fork-timeline")).ToBeVisibleAsync();
        var debriefWidth = await SeminarBrowserTests.PageWidthAt390(agency);
        Assert.True(debriefWidth <= 390, $"the agency's debrief is {debriefWidth} px wide on a 390 px phone");

        // The facilitator exports the game: the CSV holds both messages and the ruling, with who read each.
        var download = await fac.RunAndWaitForDownloadAsync(() => fac.ClickAsync("#export-csv"));
        Assert.Equal($"game-{game.Id}.csv", download.SuggestedFilename);
        var csv = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n");
        Assert.Contains($"message,1,0,agency,message,incumbent,{PrivateText},agency;incumbent;umpire,", csv);
        Assert.Contains($"message,1,0,umpire,message,public,{PublicText},agency;incumbent;replacement_a;replacement_b;umpire,", csv);
        Assert.Contains(csv, l => l.StartsWith($"ruling,1,0,umpire,no orders this turn,agency,{RulingReason},agency;umpire,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("decision,2,35,agency,timeout,", StringComparison.Ordinal));
        Assert.Contains($"ruling,1,0,umpire,{ReadinessRuling},public,the security review found gaps,agency;incumbent;replacement_a;replacement_b;umpire,replacement_a's accreditation is delayed by 6 weeks", csv);
    }

    // What changes on the facilitator's page when anything happens: the week, the turn, who is waited for, the advance button.
    private const string StateScript = """
        () => { const s = document.querySelector("section.status"), w = document.getElementById("waiting"), a = document.getElementById("advance");
          return s ? [s.dataset.week, s.dataset.turn, s.innerText.includes("Game over"), w ? w.textContent : "", a ? a.disabled : ""].join("|") : ""; }
        """;

    private static Task<string> State(IPage page) => page.EvaluateAsync<string>("(" + StateScript + ")()");

    // A button that can vanish under the click (the clock took the decision, the page reloaded its fragment): try for a
    // while, and if it has gone let the caller look again.
    private static async Task<bool> TryClick(ILocator button)
    {
        try
        {
            await button.ClickAsync(new() { Timeout = 10_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    // Fills and sends a form in one step. What is typed in the message and ruling forms is kept when the page reloads
    // its fragment (SeminarBrowserTests checks that), but the form element itself is replaced: a reload between a
    // locator's fill and its click could click a button of the new form while the fill went to the old one.
    private static async Task Submit(IPage page, string form, Dictionary<string, string> fields)
    {
        await Expect(page.Locator(form)).ToBeVisibleAsync();
        await page.EvaluateAsync("""
            ([sel, fields]) => { const f = document.querySelector(sel); for (const [k, v] of Object.entries(fields)) f.elements[k].value = v; f.requestSubmit(); }
            """, new object[] { form, fields });
    }
}
