using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Seminar.Exports;

namespace ProcurementSim.Seminar.Tests;

/// <summary>The after-action export (CSV and JSON) and the debrief's timeline of who knew what.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("seminar-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_game_exports_the_same_bytes_every_time_with_who_knew_each_event_and_the_debrief_shows_it_per_turn()
    {
        await using var server = await SeminarServer.StartAsync(Path.Combine(_dir, "seminar.db"));
        var game = await server.CreateAsync([], scenario: "teaching-minimal.yaml", weeksPerTurn: 4);
        using var fac = server.Client();
        using var player = server.Client();
        await SeminarServer.JoinAsync(fac, game.Id, game.Tokens["facilitator"]);
        await SeminarServer.JoinAsync(player, game.Id, game.Tokens["replacement_a"]);

        // Before the end only the facilitator exports (the export holds every seat's secrets).
        Assert.Equal(HttpStatusCode.Forbidden, (await player.GetAsync($"/g/{game.Id}/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fac.GetAsync($"/g/{game.Id}/export.csv")).StatusCode);
        for (var i = 0; i < 40 && !(await fac.GetStringAsync($"/g/{game.Id}/facilitator/fragment")).Contains("Game over", StringComparison.Ordinal); i++)
        {
            (await fac.PostAsync($"/g/{game.Id}/facilitator/advance", SeminarServer.Form())).EnsureSuccessStatusCode();
        }

        using var csvResponse = await player.GetAsync($"/g/{game.Id}/export.csv");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal($"game-{game.Id}.csv", csvResponse.Content.Headers.ContentDisposition?.FileName);
        var csv = await csvResponse.Content.ReadAsByteArrayAsync();
        using var jsonResponse = await fac.GetAsync($"/g/{game.Id}/export.json");
        Assert.True(jsonResponse.IsSuccessStatusCode, string.Join("\n", server.Logs.Lines.TakeLast(30)));
        var json = await jsonResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(csv, await fac.GetByteArrayAsync($"/g/{game.Id}/export.csv"));
        Assert.Equal(json, await fac.GetByteArrayAsync($"/g/{game.Id}/export.json"));

        // The same game rebuilt from the exported log, in this process rather than the server's, exports the same bytes.
        var log = JsonDocument.Parse(json).RootElement.GetProperty("gameLog").GetRawText();
        var setup = new SeminarSetup(SeminarServer.ScenarioText("teaching-minimal.yaml"), "structured_replacement", 1, [], 4);
        var rebuilt = SeminarGame.Replay(setup, SeminarJson.DeserializeEvents(log));
        Assert.Equal(json, GameExport.Json(game.Id, rebuilt));
        Assert.Equal(csv, GameExport.Csv(rebuilt));

        var lines = Encoding.UTF8.GetString(csv).Split("\r\n");
        Assert.Equal("section,turn,week,who,what,subject,detail,known_to,value", lines[0]);
        Assert.Equal("", lines[^1]); // every row ends with CRLF
        var first = rebuilt.TurnSummaries[0];
        Assert.Equal($"score,1,{first.LastWeek},,score,,,,{first.Score.ToString("R", CultureInfo.InvariantCulture)}", lines[1]);
        Assert.Equal(1 + rebuilt.TurnSummaries.Count * 18 + rebuilt.Decisions.Count + rebuilt.FacilitatorView().Events.Count + 1, lines.Length);
        // Fog of war in the export (SEMINAR-MODEL.md, "Who sees what"): a bid is known to its bidder and the agency only;
        // an award to the agency and the winner whole, to the other vendor in its public form.
        Assert.Contains(lines, l => Regex.IsMatch(l, "^event,\\d+,\\d+,replacement_a,bid_submitted,agency,[^,]*,agency;replacement_a,$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, "^event,\\d+,\\d+,[a-z_]+,contract_awarded,replacement_a,.*,agency;incumbent \\(public form\\);replacement_a,key$"));
        Assert.Contains(lines, l => l.StartsWith("decision,1,0,agency,bot,bot's suggestion: ", StringComparison.Ordinal) && l.EndsWith(",same", StringComparison.Ordinal));

        // The debrief: a timeline per turn with who knew each event, and the export links.
        var debrief = await fac.GetStringAsync($"/g/{game.Id}/debrief");
        Assert.Contains("<h3>Turn 1 (from week 0)</h3>", debrief, StringComparison.Ordinal);
        Assert.Matches("<td>bid submitted</td><td>replacement_a</td><td>agency</td><td>[^<]*</td><td>agency, replacement_a</td>", debrief);
        Assert.Contains($"<a id=\"export-csv\" href=\"/g/{game.Id}/export.csv\" download>CSV</a>", debrief, StringComparison.Ordinal);
        Assert.Contains($"<a id=\"export-json\" href=\"/g/{game.Id}/export.json\" download>JSON</a>", await fac.GetStringAsync($"/g/{game.Id}/facilitator"), StringComparison.Ordinal);
    }
}
