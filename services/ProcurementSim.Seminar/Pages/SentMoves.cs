using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Events;
using static ProcurementSim.Seminar.Pages.Html;

namespace ProcurementSim.Seminar.Pages;

/// <summary>
/// A seat's own moves, echoed back to it: the moves sent and not yet played, and its last decisions played (made by
/// itself, by the facilitator, or by the bot when its time ran out). From the game's events, so
/// every tab of the seat and a reload show the same.
/// </summary>
internal static class SentMoves
{
    private const int LastPlayed = 5;

    public static string Render(SeminarGame g, string seat)
    {
        var waiting = g.Events.OfType<MoveMade>().Where(m => m.Seat == seat && m.Week == g.Week && !g.Finished)
            .Select(m => $"<li class=\"sent\">Your {(m.Move is Core.Seminar.Moves.AgencyMove ? "orders" : "move")}: {E(MoveText.Of(m.Move))} — sent{(m.Source == MoveSource.Facilitator ? " by the facilitator" : "")} (it takes effect when week {g.Week} is played).</li>");
        var taken = g.Decisions.Where(d => d.Seat == seat && d.Source != MoveSource.Bot).TakeLast(LastPlayed)
            .Select(d => $"<li class=\"taken\">Week {d.Week}: {E(MoveText.Of(d.Move))} — {By(d.Source)}.</li>");
        var items = string.Concat(taken) + string.Concat(waiting);
        return items.Length == 0 ? "" : $"""<section class="card" id="sent"><h2>Your moves</h2><ul>{items}</ul></section>""";
    }

    private static string By(MoveSource source) => source switch
    {
        MoveSource.Human => "yours, played",
        MoveSource.Timeout => "your time ran out: the bot's move was taken for you",
        MoveSource.Facilitator => "made for you by the facilitator, played",
        _ => "the bot's",
    };
}
