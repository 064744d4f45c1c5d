using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Seminar.Tests;

/// <summary>The seminar app over HTTP against a real Kestrel server (no TestServer).</summary>
public sealed partial class SeminarHttpTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("seminar-http-").FullName;

    private string Store => Path.Combine(_dir, "seminar.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<string> Get(HttpClient c, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var r = await c.GetAsync(url);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{url}: {(int)r.StatusCode} {body}");
        return body;
    }

    private static async Task<string> Post(HttpClient c, string url, HttpContent content, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var r = await c.PostAsync(url, content);
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{url}: {(int)r.StatusCode} {body}");
        return body;
    }

    private static int WeekOf(string fragment) => int.Parse(WeekAttr().Match(fragment).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("data-week=\"(\\d+)\"")]
    private static partial Regex WeekAttr();

    private const string NoOrders = """{"move":"agency_orders","orders":[]}""";
    private const string DemandAndSolicit = """{"move":"agency_orders","orders":[{"order":"demand_all_lawful_uses","vendor":"incumbent"},{"order":"solicit","categories":["battlefield_operations"]}]}""";

    [Fact]
    public async Task A_facilitator_creates_a_game_players_join_and_the_agency_moves()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["agency", "replacement_a"]);
        Assert.Equal(["agency", "facilitator", "incumbent", "replacement_a", "replacement_b"], game.Tokens.Keys.Order(StringComparer.Ordinal));

        using var fac = server.Client();
        using var agency = server.Client();
        Assert.Equal($"/g/{game.Id}/facilitator", await SeminarServer.JoinAsync(fac, game.Id, game.Tokens["facilitator"]));
        Assert.Equal($"/g/{game.Id}/seat/agency", await SeminarServer.JoinAsync(agency, game.Id, game.Tokens["agency"]));

        var page = await Get(agency, $"/g/{game.Id}/seat/agency");
        Assert.Contains("Your decision", page, StringComparison.Ordinal);
        Assert.Contains("src=\"/static/seminar.js\"", page, StringComparison.Ordinal);
        Assert.Contains("Waiting for: agency", await Get(fac, $"/g/{game.Id}/facilitator/fragment"), StringComparison.Ordinal);
        // Advancing is refused while the agency has not moved (the Core's sentence, HTTP 409).
        Assert.Contains("waiting for agency", await Post(fac, $"/g/{game.Id}/facilitator/advance", SeminarServer.Form(), HttpStatusCode.Conflict), StringComparison.Ordinal);

        // The bot's suggestion for the opening turn of structured_replacement is shown on request.
        Assert.Contains("The bot would", await Get(agency, $"/g/{game.Id}/seat/agency/suggest"), StringComparison.Ordinal);
        // An impossible order is refused with the Core's sentence.
        var refused = await Post(agency, $"/g/{game.Id}/seat/agency/move", SeminarServer.Move("""{"move":"agency_orders","orders":[{"order":"set_share","vendor":"nobody","category":"x","share":0.5}]}"""), HttpStatusCode.Conflict);
        Assert.Contains("nobody", refused, StringComparison.Ordinal);

        await Post(agency, $"/g/{game.Id}/seat/agency/move", SeminarServer.Move(NoOrders));
        await Post(fac, $"/g/{game.Id}/facilitator/advance", SeminarServer.Form());
        var fragment = await Get(fac, $"/g/{game.Id}/facilitator/fragment");
        Assert.Equal(8, WeekOf(fragment)); // turn 2 starts at week 8 and waits for the agency again
        Assert.Contains("Waiting for: agency", fragment, StringComparison.Ordinal);
        Assert.Contains("<td>1</td><td>7</td>", fragment, StringComparison.Ordinal); // the score row of turn 1 (weeks 0–7)

        // Static files come from the app itself (works offline).
        Assert.Contains("EventSource", await Get(fac, "/static/seminar.js"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_for_another_seat_or_without_a_token_is_refused_with_403_and_logged_without_the_token()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["agency", "replacement_a"]);
        using var vendor = server.Client();
        await SeminarServer.JoinAsync(vendor, game.Id, game.Tokens["replacement_a"]);
        using var nobody = server.Client();

        // With replacement_a's cookie, without any token, and with replacement_a's token in the header.
        await Post(vendor, $"/g/{game.Id}/seat/agency/move", SeminarServer.Move(NoOrders), HttpStatusCode.Forbidden);
        await Post(nobody, $"/g/{game.Id}/seat/agency/move", SeminarServer.Move(NoOrders), HttpStatusCode.Forbidden);
        using var header = new HttpRequestMessage(HttpMethod.Post, $"/g/{game.Id}/seat/agency/move") { Content = SeminarServer.Move(NoOrders) };
        header.Headers.Add("X-Seat-Token", game.Tokens["replacement_a"]);
        using (var r = await nobody.SendAsync(header)) Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        await Get(vendor, $"/g/{game.Id}/seat/agency/fragment", HttpStatusCode.Forbidden);
        await Get(vendor, $"/g/{game.Id}/facilitator", HttpStatusCode.Forbidden);
        await Post(vendor, $"/g/{game.Id}/facilitator/advance", SeminarServer.Form(), HttpStatusCode.Forbidden);
        await Post(nobody, $"/g/{game.Id}/join", SeminarServer.JsonContent(new { token = "not-a-token" }), HttpStatusCode.Forbidden);

        // The agency did not move: the game still waits for it.
        using var fac = server.Client();
        await SeminarServer.JoinAsync(fac, game.Id, game.Tokens["facilitator"]);
        Assert.Contains("Waiting for: agency", await Get(fac, $"/g/{game.Id}/facilitator/fragment"), StringComparison.Ordinal);

        var refusals = server.Logs.Lines.Where(l => l.Contains("Refused:", StringComparison.Ordinal)).ToList();
        Assert.Contains(refusals, l => l.Contains($"move for seat agency of game {game.Id}: the token is replacement_a's", StringComparison.Ordinal));
        Assert.Contains(refusals, l => l.Contains($"move for seat agency of game {game.Id}: no token", StringComparison.Ordinal));
        Assert.All(game.Tokens.Values, t => Assert.DoesNotContain(t, server.Logs.All, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_vendor_page_never_shows_another_vendors_bid()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["replacement_a", "replacement_b"]);
        using var fac = server.Client();
        using var a = server.Client();
        using var b = server.Client();
        await SeminarServer.JoinAsync(fac, game.Id, game.Tokens["facilitator"]);
        await SeminarServer.JoinAsync(a, game.Id, game.Tokens["replacement_a"]);
        await SeminarServer.JoinAsync(b, game.Id, game.Tokens["replacement_b"]);

        // The bot agency solicits; after turn 1 (weeks 0-7) the game stops at week 9 for both replacements' bid decisions.
        await Post(fac, $"/g/{game.Id}/facilitator/advance", SeminarServer.Form());
        await Post(fac, $"/g/{game.Id}/facilitator/advance", SeminarServer.Form());
        Assert.Contains("Solicitation 1", await Get(a, $"/g/{game.Id}/seat/replacement_a/fragment"), StringComparison.Ordinal);
        await Post(a, $"/g/{game.Id}/seat/replacement_a/move", SeminarServer.Move("""{"move":"bid_decision","solicitation":1,"bid":true}"""));
        await Post(b, $"/g/{game.Id}/seat/replacement_b/move", SeminarServer.Move("""{"move":"bid_decision","solicitation":1,"bid":true}"""));

        // The same game in the Core gives the two bids' prices (deterministic), as the agency sees them.
        var core = SeminarGame.Start(new SeminarSetup(SeminarServer.ScenarioText("usage-policy-standoff.yaml"), "structured_replacement", 1, ["replacement_a", "replacement_b"]));
        Assert.Null(core.Advance());
        Assert.Null(core.Advance());
        Assert.Equal(9, core.Week);
        Assert.Null(core.Submit("replacement_a", new BidDecisionMove(1, true)));
        Assert.Null(core.Submit("replacement_b", new BidDecisionMove(1, true)));
        var price = core.AgencyView().Bids.ToDictionary(x => x.Vendor, x => Pages.Formats.Money(x.Price));
        Assert.NotEqual(price["replacement_a"], price["replacement_b"]); // else the check below could not tell them apart

        var pageA = await Get(a, $"/g/{game.Id}/seat/replacement_a");
        var pageB = await Get(b, $"/g/{game.Id}/seat/replacement_b");
        Assert.Contains($"<td>{price["replacement_a"]}</td>", pageA, StringComparison.Ordinal);
        Assert.DoesNotContain(price["replacement_b"], pageA, StringComparison.Ordinal);
        Assert.Contains($"<td>{price["replacement_b"]}</td>", pageB, StringComparison.Ordinal);
        Assert.DoesNotContain(price["replacement_a"], pageB, StringComparison.Ordinal);
        Assert.DoesNotContain("bid submitted</td><td>replacement_b", pageA, StringComparison.Ordinal);
        Assert.Contains("bid submitted</td><td>replacement_a", pageA, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_restart_on_the_same_store_the_game_is_where_it_was()
    {
        CreatedGame game;
        string agencyBefore, facilitatorBefore;
        await using (var first = await SeminarServer.StartAsync(Store))
        {
            game = await first.CreateAsync(["agency"]);
            using var fac = first.Client();
            using var agency = first.Client();
            await SeminarServer.JoinAsync(fac, game.Id, game.Tokens["facilitator"]);
            await SeminarServer.JoinAsync(agency, game.Id, game.Tokens["agency"]);
            await Post(agency, $"/g/{game.Id}/seat/agency/move", SeminarServer.Move("""{"move":"agency_orders","orders":[{"order":"solicit","categories":["intelligence_analysis"]}]}"""));
            await Post(fac, $"/g/{game.Id}/facilitator/inject", SeminarServer.Form(("index", "0")), HttpStatusCode.OK);
            await Post(fac, $"/g/{game.Id}/facilitator/advance", SeminarServer.Form());
            agencyBefore = await Get(agency, $"/g/{game.Id}/seat/agency/fragment");
            facilitatorBefore = await Get(fac, $"/g/{game.Id}/facilitator/fragment");
        }
        Assert.Equal(8, WeekOf(agencyBefore));

        await using var second = await SeminarServer.StartAsync(Store);
        using var fac2 = second.Client();
        using var agency2 = second.Client();
        // The tokens still work (their hashes are stored) and the views are the same.
        await SeminarServer.JoinAsync(fac2, game.Id, game.Tokens["facilitator"]);
        await SeminarServer.JoinAsync(agency2, game.Id, game.Tokens["agency"]);
        Assert.Equal(agencyBefore, await Get(agency2, $"/g/{game.Id}/seat/agency/fragment"));
        Assert.Equal(facilitatorBefore, await Get(fac2, $"/g/{game.Id}/facilitator/fragment"));
        Assert.Contains(second.Logs.Lines, l => l.Contains($"Seminar game {game.Id} resumed from 3 events at week 8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_human_incumbent_answers_an_ultimatum_by_keeping_only_its_red_lines()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["agency", "incumbent"]);
        using var fac = server.Client();
        using var agency = server.Client();
        using var incumbent = server.Client();
        await SeminarServer.JoinAsync(fac, game.Id, game.Tokens["facilitator"]);
        await SeminarServer.JoinAsync(agency, game.Id, game.Tokens["agency"]);
        await SeminarServer.JoinAsync(incumbent, game.Id, game.Tokens["incumbent"]);
        await Post(agency, $"/g/{game.Id}/seat/agency/move", SeminarServer.Move(NoOrders));
        await Post(fac, $"/g/{game.Id}/facilitator/advance", SeminarServer.Form());
        await Post(agency, $"/g/{game.Id}/seat/agency/move",
            SeminarServer.Move("""{"move":"agency_orders","orders":[{"order":"demand_all_lawful_uses","vendor":"incumbent"}]}"""));
        await Post(fac, $"/g/{game.Id}/facilitator/advance", SeminarServer.Form());

        // Week 9: the incumbent reads the demand; its page offers the three answers.
        Assert.Contains("Waiting for: incumbent", await Get(fac, $"/g/{game.Id}/facilitator/fragment"), StringComparison.Ordinal);
        Assert.Contains("value=\"partial\"", await Get(incumbent, $"/g/{game.Id}/seat/incumbent"), StringComparison.Ordinal);
        await Post(incumbent, $"/g/{game.Id}/seat/incumbent/move",
            SeminarServer.Move("""{"move":"terms_answer","round":1,"accepted":[],"allLawfulUses":false,"partial":true}"""));

        // The agency reads it at its next turn: a partial acceptance, and the incumbent's conditional categories are permitted.
        Assert.Contains("Waiting for: agency", await Get(fac, $"/g/{game.Id}/facilitator/fragment"), StringComparison.Ordinal);
        Assert.Contains("All-lawful-uses answer: partially accepted", await Get(agency, $"/g/{game.Id}/seat/agency"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seat_that_runs_out_of_time_takes_the_bots_move()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["agency"], turnSeconds: 1);
        using var fac = server.Client();
        await SeminarServer.JoinAsync(fac, game.Id, game.Tokens["facilitator"]);
        Assert.Contains("Waiting for: agency", await Get(fac, $"/g/{game.Id}/facilitator/fragment"), StringComparison.Ordinal);
        Assert.Contains("id=\"start-game\"", await Get(fac, $"/g/{game.Id}/facilitator/fragment"), StringComparison.Ordinal);
        await Post(fac, $"/g/{game.Id}/facilitator/start", SeminarServer.Form());
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string fragment;
        do
        {
            await Task.Delay(250);
            fragment = await Get(fac, $"/g/{game.Id}/facilitator/fragment");
        }
        while (fragment.Contains("Waiting for: agency", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains("Nobody to wait for", fragment, StringComparison.Ordinal);
        // The timer logs once the bots' moves are applied, which the page can show a moment before the line is written.
        var timedOut = $"Seminar game {game.Id}: time ran out";
        while (!server.Logs.Lines.Any(l => l.Contains(timedOut, StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Contains(server.Logs.Lines, l => l.Contains(timedOut, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_pasted_scenario_is_refused_with_the_loaders_file_line_column_sentence()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        using var c = server.Client();
        var html = await Post(c, "/setup", SeminarServer.Form(("file", ""), ("yaml", "name: x\nticks: [1\n")), HttpStatusCode.BadRequest);
        Assert.Matches("pasted\\.yaml:\\d+:\\d+: ", html);
        var ok = await Post(c, "/setup", SeminarServer.Form(("file", "teaching-minimal.yaml"), ("yaml", "")));
        Assert.Contains("value=\"structured_replacement\"", ok, StringComparison.Ordinal);
        Assert.Contains("name=\"seat:replacement_a\"", ok, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_game_has_a_debrief_a_fork_comparison_and_a_turn_by_turn_replay_and_no_token_is_ever_logged()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["agency", "incumbent"], scenario: "teaching-minimal.yaml", strategy: "structured_replacement", weeksPerTurn: 4);
        using var fac = server.Client();
        using var agency = server.Client();
        await SeminarServer.JoinAsync(fac, game.Id, game.Tokens["facilitator"]);
        await SeminarServer.JoinAsync(agency, game.Id, game.Tokens["agency"]);
        // Turn 2's orders put terms before the incumbent and a solicitation before replacement_a (a bot) in week 5.
        var agencyMoves = 0;
        for (var guard = 0; guard < 40; guard++)
        {
            var f = await Get(fac, $"/g/{game.Id}/facilitator/fragment");
            if (f.Contains("Game over", StringComparison.Ordinal)) break;
            if (f.Contains("Waiting for:", StringComparison.Ordinal))
            {
                if (f.Contains("Waiting for: agency", StringComparison.Ordinal)) await Post(agency, $"/g/{game.Id}/seat/agency/move", SeminarServer.Move(++agencyMoves == 2 ? DemandAndSolicit : NoOrders));
                else await Post(fac, $"/g/{game.Id}/facilitator/timeout", SeminarServer.Form(("seat", "incumbent")));
            }
            else
            {
                await Post(fac, $"/g/{game.Id}/facilitator/advance", SeminarServer.Form());
            }
        }
        var debrief = await Get(fac, $"/g/{game.Id}/debrief");
        Assert.Contains("<svg class=\"chart\"", debrief, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(debrief, "<circle ").Count); // 12 weeks in 4-week turns
        Assert.Contains("<td>agency</td><td>1</td><td>0</td><td>human</td><td>no orders (contracts run as set)</td>", debrief, StringComparison.Ordinal);
        // Players may read the debrief once the game is over.
        Assert.Contains("Decisions beside the bot", await Get(agency, $"/g/{game.Id}/debrief"), StringComparison.Ordinal);

        // Every decision row has its "fork here" form; decision 0 is the agency's first (it decides first in week 0).
        var table = Regex.Match(debrief, "<table class=\"decisions\">.*?</table>", RegexOptions.Singleline).Value;
        Assert.Equal(Regex.Matches(table, "<tr><td>").Count, Regex.Matches(table, "<input type=\"hidden\" name=\"decision\"").Count);
        Assert.Contains("<input type=\"hidden\" name=\"decision\" value=\"0\">", table, StringComparison.Ordinal);
        var fork = await Post(fac, $"/g/{game.Id}/debrief/fork", SeminarServer.Form(("decision", "0"), ("move", """{"move":"agency_orders","orders":[{"order":"solicit","categories":["battlefield_operations"]}]}""")));
        Assert.Contains("as played vs fork at agency, week 0", fork, StringComparison.Ordinal);
        // The result names the move forked and the move made instead, and sets the two timelines side by side.
        Assert.Contains("Forked: agency's decision of week 0 (turn 1). Taken: <strong>no orders (contracts run as set)</strong>. Instead: <strong>call for bids for battlefield operations</strong>.", fork, StringComparison.Ordinal);
        Assert.Contains("<li class=\"differs\"><mark>solicitation issued: the agency issues solicitation 1 for 1 categories</mark></li>", fork, StringComparison.Ordinal);
        Assert.Matches("id=\"fork-differences\">\\d+ key events differ \\(marked\\); the first difference is in week 0\\.", fork);
        // The agency's fork forms are its order builder, prefilled with the orders it took (JSON for the script, words for people).
        Assert.Contains("data-prefill=\"[]\"", table, StringComparison.Ordinal);
        Assert.Contains("&quot;text&quot;:&quot;demand that incumbent accept all lawful uses&quot;", table, StringComparison.Ordinal);
        var impossible = await Post(fac, $"/g/{game.Id}/debrief/fork", SeminarServer.Form(("decision", "0"), ("move", """{"move":"agency_orders","orders":[{"order":"award","vendor":"replacement_a"}]}""")), HttpStatusCode.BadRequest);
        Assert.Contains("at week 0, agency: order 1 (award): no bid from replacement_a was received for the current solicitation</li>", impossible, StringComparison.Ordinal);
        Assert.Contains("<details class=\"noprint\" open>", impossible, StringComparison.Ordinal); // the refused move is shown again, in its row's form
        Assert.Contains("&quot;vendor&quot;:&quot;replacement_a&quot;", impossible, StringComparison.Ordinal);
        Assert.Contains("choose a decision to fork: 0 to ", await Post(fac, $"/g/{game.Id}/debrief/fork", SeminarServer.Form(("decision", "999"), ("move", "{}")), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        // A vendor's decision in the middle of a turn (the incumbent timed out: the bot answered) forks too.
        // Its form is the seat's own (the terms' round, the answer taken marked); here it refuses (always possible).
        var row = Regex.Match(table, "<tr><td>incumbent</td><td>\\d+</td><td>(\\d+)</td><td>timeout</td>.*?data-move=\"terms_answer\" data-round=\"(\\d+)\".*?name=\"decision\" value=\"(\\d+)\"", RegexOptions.Singleline);
        Assert.True(row.Success, "the incumbent has a timed-out decision with a fork form");
        Assert.NotEqual(0, int.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture) % 4); // mid-turn (4-week turns)
        var refusal = $$"""{"move":"terms_answer","round":{{row.Groups[2].Value}},"accepted":[],"allLawfulUses":false}""";
        var vendorFork = await Post(fac, $"/g/{game.Id}/debrief/fork", SeminarServer.Form(("decision", row.Groups[3].Value), ("move", refusal)));
        Assert.Contains($"as played vs fork at incumbent, week {row.Groups[1].Value}", vendorFork, StringComparison.Ordinal);
        // ... and so does a bot's: replacement_a's bid on solicitation 1, turned down here.
        var bid = Regex.Match(table, "<tr><td>replacement_a</td><td>2</td><td>5</td><td>bot</td><td>solicitation 1: bids</td>.*?name=\"decision\" value=\"(\\d+)\"", RegexOptions.Singleline);
        Assert.True(bid.Success, "replacement_a's bot bid in week 5 has a fork form");
        var noBid = await Post(fac, $"/g/{game.Id}/debrief/fork", SeminarServer.Form(("decision", bid.Groups[1].Value), ("move", """{"move":"bid_decision","solicitation":1,"bid":false}""")));
        Assert.Contains("as played vs fork at replacement_a, week 5", noBid, StringComparison.Ordinal);

        var replay2 = await Get(fac, $"/g/{game.Id}/replay/2");
        Assert.Contains("start of turn 2 (week 4)", replay2, StringComparison.Ordinal);
        Assert.Contains($"href=\"/g/{game.Id}/replay/1\"", replay2, StringComparison.Ordinal);
        Assert.Contains($"href=\"/g/{game.Id}/replay/3\"", replay2, StringComparison.Ordinal);

        // No token anywhere in the logs (at every level) nor in the store's file (events and setup; hashes only).
        Assert.Contains(server.Logs.Lines, l => l.Contains("Request starting", StringComparison.Ordinal)); // the hosting log was captured
        var stored = Encoding.Latin1.GetString(File.ReadAllBytes(Store)) + (File.Exists(Store + "-wal") ? Encoding.Latin1.GetString(File.ReadAllBytes(Store + "-wal")) : "");
        Assert.Contains(Security.SeatTokens.Hash(game.Tokens["agency"]), stored, StringComparison.Ordinal);
        foreach (var token in game.Tokens.Values)
        {
            Assert.DoesNotContain(token, server.Logs.All, StringComparison.Ordinal);
            Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
        }
    }
}
