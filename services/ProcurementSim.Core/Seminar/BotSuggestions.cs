using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// The moves the bot would make now for a seat's open decisions, without applying them. Exact: a copy of the game
/// is rebuilt from the events, the seat is timed out in the copy and the week played there; the copy's decisions
/// are the answer. The answers are kept until the game moves on (a page asks more than once).
/// </summary>
internal sealed class BotSuggestions(SeminarGame game)
{
    private readonly Dictionary<string, IReadOnlyList<SeatMove>> _cache = new(StringComparer.Ordinal);
    private int _cachedAt = -1;

    /// <summary>The bot's moves for every open decision of an existing <paramref name="seat"/> (empty when it has none).</summary>
    public IReadOnlyList<SeatMove> For(string seat) => game.Pending().Any(p => p.Seat == seat) ? Compute(seat) : [];

    /// <summary>
    /// The bot's moves for a seat that timed out this week before the week is played: what it will take as things
    /// stand (an inject fired before the week is played can still change it).
    /// </summary>
    public IReadOnlyList<SeatMove> ForTimedOut(string seat) => Compute(seat);

    private IReadOnlyList<SeatMove> Compute(string seat)
    {
        if (_cachedAt != game.Events.Count)
        {
            _cache.Clear();
            _cachedAt = game.Events.Count;
        }
        if (_cache.TryGetValue(seat, out var known)) return known;
        var copy = GameReplay.Of(game.Setup, game.Events);
        var week = copy.Week;
        copy.PlayWeekTimedOut(seat);
        IReadOnlyList<SeatMove> moves = [.. copy.Decisions.Where(d => d.Week == week && d.Seat == seat && d.Source == MoveSource.Timeout).Select(d => d.Move)];
        _cache[seat] = moves;
        return moves;
    }
}
