namespace ProcurementSim.Core.Seminar.Events;

/// <summary>
/// Holds one decision open for the facilitator: when week <paramref name="AtWeek"/> comes, the game stops before it
/// with the seat's decision of that kind and number open, whoever fills the seat (a bot seat too, and the agency's
/// orders even in the middle of a turn). A fork starts with one, so it can replace any decision of the original
/// (<see cref="SeminarGame.ForkAt(int, Moves.SeatMove)"/>) while staying a plain event list.
/// </summary>
/// <param name="Week">The week the game was at when the hold was set.</param>
/// <param name="AtWeek">The week whose decision is held (this week or a later one).</param>
/// <param name="Seat">The seat.</param>
/// <param name="Kind">The decision's kind.</param>
/// <param name="Number">The proposal's round or the solicitation's id; 0 for the agency's orders.</param>
public sealed record DecisionHeld(int Week, int AtWeek, string Seat, PendingDecisionKind Kind, int Number) : GameEvent(Week);
