using System.Net;

namespace ProcurementSim.Seminar.Tests;

/// <summary>Messages between seats over HTTP (issue 13, point 3): fog of war on the pages, the umpire reads all, kept over a restart.</summary>
public sealed class MessageHttpTests() : TempStore("seminar-msg-")
{
    [Fact]
    public async Task A_private_message_reaches_its_addressee_and_the_facilitator_only_and_survives_a_restart()
    {
        CreatedGame game;
        await using (var server = await SeminarServer.StartAsync(Store))
        {
            game = await server.CreateAsync(["agency", "incumbent", "replacement_b"]);
            using var agency = await server.JoinedAsync(game, "agency");
            using var ok = await agency.PostAsync($"/g/{game.Id}/seat/agency/message", SeminarServer.Form(("to", "incumbent"), ("text", "Permit battlefield operations?")));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            using var bad = await agency.PostAsync($"/g/{game.Id}/seat/agency/message", SeminarServer.Form(("to", "nobody"), ("text", "hello")));
            Assert.Equal(HttpStatusCode.Conflict, bad.StatusCode);
            Assert.Contains("there is no seat 'nobody' to write to", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            // A seat cannot write as another.
            using var forged = await agency.PostAsync($"/g/{game.Id}/seat/incumbent/message", SeminarServer.Form(("to", "public"), ("text", "I am the incumbent")));
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }
        await using (var server = await SeminarServer.StartAsync(Store))
        {
            using var incumbent = await server.JoinedAsync(game, "incumbent");
            using var b = await server.JoinedAsync(game, "replacement_b");
            using var fac = await server.JoinedAsync(game, "facilitator");

            Assert.Contains("Permit battlefield operations?", await incumbent.GetStringAsync($"/g/{game.Id}/seat/incumbent/fragment"), StringComparison.Ordinal);
            Assert.DoesNotContain("Permit battlefield operations?", await b.GetStringAsync($"/g/{game.Id}/seat/replacement_b/fragment"), StringComparison.Ordinal);
            Assert.DoesNotContain("Permit battlefield operations?", await b.GetStringAsync($"/g/{game.Id}/seat/replacement_b/view"), StringComparison.Ordinal);
            Assert.Contains("Permit battlefield operations?", await fac.GetStringAsync($"/g/{game.Id}/facilitator/fragment"), StringComparison.Ordinal);

            // The umpire writes to everyone; every seat reads it.
            using var said = await fac.PostAsync($"/g/{game.Id}/facilitator/message", SeminarServer.Form(("to", "public"), ("text", "Three minutes of talks.")));
            Assert.Equal(HttpStatusCode.OK, said.StatusCode);
            Assert.Contains("Three minutes of talks.", await b.GetStringAsync($"/g/{game.Id}/seat/replacement_b/fragment"), StringComparison.Ordinal);

            // The messages are in the game's export and debrief, with who read each.
            var csv = (await fac.GetStringAsync($"/g/{game.Id}/export.csv")).Split("\r\n");
            Assert.Contains("message,1,0,agency,message,incumbent,Permit battlefield operations?,agency;incumbent;umpire,", csv);
            Assert.Contains("message,1,0,umpire,message,public,Three minutes of talks.,agency;incumbent;replacement_a;replacement_b;umpire,", csv);
            var json = System.Text.Json.JsonDocument.Parse(await fac.GetStringAsync($"/g/{game.Id}/export.json")).RootElement;
            Assert.Equal(["agency", "incumbent", "umpire"], json.GetProperty("messages")[0].GetProperty("readBy").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains("Permit battlefield operations?", await fac.GetStringAsync($"/g/{game.Id}/debrief"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_facilitator_rules_on_the_agencys_open_orders_with_a_reason_and_the_game_goes_on_from_it()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["agency"]);
        using var fac = await server.JoinedAsync(game, "facilitator");
        using var agency = await server.JoinedAsync(game, "agency");

        using var bad = await fac.PostAsync($"/g/{game.Id}/facilitator/rule", SeminarServer.Form(("seat", "agency"), ("ruling", "no orders"), ("reason", ""), ("move", """{"move":"agency_orders","orders":[]}""")));
        Assert.Equal(HttpStatusCode.Conflict, bad.StatusCode);
        Assert.Contains("a ruling gives its reason", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var ok = await fac.PostAsync($"/g/{game.Id}/facilitator/rule", SeminarServer.Form(("seat", "agency"), ("ruling", "no orders"), ("reason", "the team is absent"), ("move", """{"move":"agency_orders","orders":[]}""")));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("Nobody to wait for", await fac.GetStringAsync($"/g/{game.Id}/facilitator/fragment"), StringComparison.Ordinal);
        Assert.Contains("the team is absent", await agency.GetStringAsync($"/g/{game.Id}/seat/agency/fragment"), StringComparison.Ordinal);

        // The ruling is in the export (who ruled, on whom, why, the outcome, who read it) and in the debrief.
        var csv = (await fac.GetStringAsync($"/g/{game.Id}/export.csv")).Split("\r\n");
        Assert.Contains(csv, l => l.StartsWith("ruling,1,0,umpire,no orders,agency,the team is absent,agency;umpire,", StringComparison.Ordinal));
        Assert.Contains("the team is absent", await fac.GetStringAsync($"/g/{game.Id}/debrief"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_facilitator_rules_on_a_readiness_with_an_effect_the_model_takes_and_the_export_names_it()
    {
        await using var server = await SeminarServer.StartAsync(Store);
        var game = await server.CreateAsync(["agency"]);
        using var fac = await server.JoinedAsync(game, "facilitator");
        using var vendor = await server.JoinedAsync(game, "replacement_a");

        // An effect the model cannot take is refused with the inject's sentence; a malformed number with a 400.
        using var wrongTarget = await fac.PostAsync($"/g/{game.Id}/facilitator/rule", SeminarServer.Form(("seat", "public"), ("ruling", "not ready"), ("reason", "review"), ("effect", "accreditation_delay"), ("weeks", "4"), ("target", "incumbent")));
        Assert.Equal(HttpStatusCode.Conflict, wrongTarget.StatusCode);
        Assert.Contains("accreditation_delay targets a replacement vendor", await wrongTarget.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var notANumber = await fac.PostAsync($"/g/{game.Id}/facilitator/rule", SeminarServer.Form(("seat", "public"), ("ruling", "not ready"), ("reason", "review"), ("effect", "accreditation_delay"), ("weeks", "four")));
        Assert.Equal(HttpStatusCode.BadRequest, notANumber.StatusCode);
        Assert.Equal("the effect's magnitude is a number and its weeks a whole number", await notANumber.Content.ReadAsStringAsync());

        using var ok = await fac.PostAsync($"/g/{game.Id}/facilitator/rule", SeminarServer.Form(("seat", "replacement_a"), ("ruling", "not ready"), ("reason", "the security review found gaps"), ("effect", "accreditation_delay"), ("magnitude", ""), ("weeks", "4"), ("target", "replacement_a")));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("accreditation is delayed by 4 weeks", await vendor.GetStringAsync($"/g/{game.Id}/seat/replacement_a/fragment"), StringComparison.Ordinal);

        // The CSV quotes what it must; the JSON export carries the outcome in words.
        var csv = (await fac.GetStringAsync($"/g/{game.Id}/export.csv")).Split("\r\n");
        Assert.Contains("ruling,1,0,umpire,not ready,replacement_a,the security review found gaps,replacement_a;umpire,replacement_a's accreditation is delayed by 4 weeks", csv);
        using var json = System.Text.Json.JsonDocument.Parse(await fac.GetStringAsync($"/g/{game.Id}/export.json"));
        var ruling = Assert.Single(json.RootElement.GetProperty("rulings").EnumerateArray());
        Assert.Equal("replacement_a's accreditation is delayed by 4 weeks", ruling.GetProperty("outcome").GetString());
    }
}
