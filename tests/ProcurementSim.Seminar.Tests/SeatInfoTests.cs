using System.Net;
using System.Text.Json;

namespace ProcurementSim.Seminar.Tests;

/// <summary>Issue 13, point 7 (server side): per-seat briefings, who is connected, the facilitator's list of games; through Kestrel.</summary>
public sealed class SeatInfoTests() : TempStore("seminar-info-")
{
    private const string Briefings = """

        seminar:
          briefings:
            agency: Keep the mission served without crossing the red lines.
            incumbent: Keep the contract and your red lines.
        """;

    [Fact]
    public async Task Each_seat_gets_its_own_briefing_from_the_scenario_and_no_other()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["agency", "incumbent"], yaml: SeminarServer.ScenarioText("usage-policy-standoff.yaml") + Briefings);
        using var agency = await server.JoinedAsync(game, "agency");
        using var incumbent = await server.JoinedAsync(game, "incumbent");
        using var b = await server.JoinedAsync(game, "replacement_b");

        string Briefing(string json) => JsonDocument.Parse(json).RootElement.GetProperty("briefing").GetString()!;
        var agencyView = await agency.GetStringAsync($"/g/{game.Id}/seat/agency/view");
        Assert.Equal("Keep the mission served without crossing the red lines.", Briefing(agencyView));
        Assert.DoesNotContain("Keep the contract", agencyView, StringComparison.Ordinal);
        Assert.Equal("Keep the contract and your red lines.", Briefing(await incumbent.GetStringAsync($"/g/{game.Id}/seat/incumbent/view")));
        Assert.Equal("", Briefing(await b.GetStringAsync($"/g/{game.Id}/seat/replacement_b/view")));

        Assert.Contains("Keep the mission served", await agency.GetStringAsync($"/g/{game.Id}/seat/agency"), StringComparison.Ordinal);
        Assert.DoesNotContain("Your briefing", await b.GetStringAsync($"/g/{game.Id}/seat/replacement_b"), StringComparison.Ordinal);
        // Another seat's view is refused.
        using var r = await b.GetAsync($"/g/{game.Id}/seat/agency/view");
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }

    [Fact]
    public async Task The_facilitator_sees_how_many_pages_each_seat_has_open_as_the_pages_say_so()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["agency"]);
        using var fac = await server.JoinedAsync(game, "facilitator");
        using var agency = await server.JoinedAsync(game, "agency");

        async Task<int> Count(string role) =>
            JsonDocument.Parse(await fac.GetStringAsync($"/g/{game.Id}/facilitator/connected")).RootElement.GetProperty(role).GetInt32();
        async Task<HttpStatusCode> Say(HttpClient client, string path, string page, string leaving = "0")
        {
            using var r = await client.PostAsync($"/g/{game.Id}/{path}/presence", SeminarServer.Form(("page", page), ("leaving", leaving)));
            return r.StatusCode;
        }
        Assert.Equal(0, await Count("agency"));

        // Two tabs of the agency (one browser shares one stream for both, so pages are counted as they say so).
        Assert.Equal(HttpStatusCode.NoContent, await Say(agency, "seat/agency", "tab-1"));
        Assert.Equal(HttpStatusCode.NoContent, await Say(agency, "seat/agency", "tab-2"));
        Assert.Equal(HttpStatusCode.NoContent, await Say(agency, "seat/agency", "tab-2")); // a heartbeat counts no new page
        Assert.Equal(HttpStatusCode.NoContent, await Say(fac, "facilitator", "fac-1"));
        Assert.Equal(2, await Count("agency"));
        Assert.Equal(1, await Count("facilitator"));
        Assert.Equal(0, await Count("incumbent"));
        Assert.Contains("agency 2 pages", await fac.GetStringAsync($"/g/{game.Id}/facilitator/fragment"), StringComparison.Ordinal);

        // A closed tab says goodbye; a page id that is not one, or a seat that is not the caller's, is refused.
        Assert.Equal(HttpStatusCode.NoContent, await Say(agency, "seat/agency", "tab-1", leaving: "1"));
        Assert.Equal(1, await Count("agency"));
        Assert.Equal(HttpStatusCode.BadRequest, await Say(agency, "seat/agency", "<script>"));
        Assert.Equal(HttpStatusCode.Forbidden, await Say(agency, "seat/incumbent", "tab-3"));
        Assert.Equal(0, await Count("incumbent"));
    }

    [Fact]
    public async Task The_facilitator_lists_the_games_this_browser_holds_the_facilitator_link_of_and_no_other()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var one = await server.CreateAsync(["agency"]);
        var two = await server.CreateAsync(["agency"]);
        var other = await server.CreateAsync(["agency"]);
        using var fac = await server.JoinedAsync(one, "facilitator");
        await SeminarServer.JoinAsync(fac, two.Id, two.Tokens["facilitator"]); // the same browser facilitates a second game

        var mine = await fac.GetStringAsync("/games/mine");
        Assert.Contains($"/g/{one.Id}/facilitator", mine, StringComparison.Ordinal);
        Assert.Contains($"/g/{two.Id}/facilitator", mine, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Id, mine, StringComparison.Ordinal);

        // A seat's browser, or a forged cookie, lists nothing.
        using var seat = await server.JoinedAsync(other, "agency");
        Assert.Contains("holds no facilitator link", await seat.GetStringAsync("/games/mine"), StringComparison.Ordinal);
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/games/mine");
        forged.Headers.Add("Cookie", $"ps_games_{other.Id}={other.Tokens["agency"]}");
        using var plain = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        using var r = await plain.SendAsync(forged);
        Assert.DoesNotContain(other.Id, await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
