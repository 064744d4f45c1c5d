using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// The moves the bot would make now for a seat's open decisions, without applying them. Exact: a copy of the game
/// is rebuilt from the events, the seat is timed out in the copy and the week played there; the copy's decisions
/// are the answer. The last answer is kept until the game moves on (a page asks more than once).
/// </summary>
internal sealed class BotSuggestions(SeminarGame game)
{
    private (int EventCount, string Seat, IReadOnlyList<SeatMove> Moves)? _last;

    /// <summary>The bot's moves for every open decision of an existing <paramref name="seat"/> (empty when it has none).</summary>
    public IReadOnlyList<SeatMove> For(string seat)
    {
        if (!game.Pending().Any(p => p.Seat == seat)) return [];
        if (_last is { } c && c.EventCount == game.Events.Count && c.Seat == seat) return c.Moves;
        var copy = GameReplay.Of(game.Setup, game.Events);
        var week = copy.Week;
        copy.PlayWeekTimedOut(seat);
        IReadOnlyList<SeatMove> moves = [.. copy.Decisions.Where(d => d.Week == week && d.Seat == seat && d.Source == MoveSource.Timeout).Select(d => d.Move)];
        _last = (game.Events.Count, seat, moves);
        return moves;
    }
}
