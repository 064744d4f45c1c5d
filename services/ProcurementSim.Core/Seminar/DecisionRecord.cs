using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// A decision taken when its week was played: the move that counted and, beside it, what the bot would have done
/// at that moment (the same move when a bot decided). The debrief is made of these.
/// </summary>
/// <param name="Seat">The seat.</param>
/// <param name="Turn">The turn (1-based).</param>
/// <param name="Week">The week.</param>
/// <param name="Source">Who decided.</param>
/// <param name="Move">The move applied.</param>
/// <param name="BotSuggestion">The bot's move at that moment.</param>
public sealed record DecisionRecord(string Seat, int Turn, int Week, MoveSource Source, SeatMove Move, SeatMove BotSuggestion)
{
    /// <summary>
    /// What the decision answered, as it was open then (the proposal's categories, the solicitation's), so a page
    /// can ask it again in the seat's own form (the debrief's forks); null only for records made without it.
    /// </summary>
    public PendingDecision? Asked { get; init; }

    /// <summary>Whether the move applied is the bot's (compared by content).</summary>
    public bool FollowsBot => SeminarJson.Serialize(Move) == SeminarJson.Serialize(BotSuggestion);
}
