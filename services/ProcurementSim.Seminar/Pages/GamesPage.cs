using ProcurementSim.Seminar.Games;
using static ProcurementSim.Seminar.Pages.Html;

namespace ProcurementSim.Seminar.Pages;

/// <summary>The facilitator's list of games: those this browser joined as facilitator (each checked against its token).</summary>
internal static class GamesPage
{
    public static string Mine(IReadOnlyList<GameSession> games) => Page("Your games", $"""
        <h1>Your games</h1>
        {(games.Count == 0
            ? "<p>This browser holds no facilitator link of a game on this server. Open a game's facilitator link once and it is listed here.</p>"
            : Table(["game", "scenario", "created", "where", ""], games.Select(Row), "my-games"))}
        <p><a href="/">New game</a></p>
        """);

    private static string[] Row(GameSession g)
    {
        var (week, turn, total, finished) = g.Read(x => (x.Week, x.Turn, x.TotalTurns, x.Finished));
        return
        [
            E(g.Id), E(g.Label), E(g.Created.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)),
            finished ? "game over" : $"turn {turn} of {total}, week {week}",
            $"<a href=\"/g/{E(g.Id)}/facilitator\">facilitator page</a> · <a href=\"/g/{E(g.Id)}/debrief\">debrief</a>",
        ];
    }
}
