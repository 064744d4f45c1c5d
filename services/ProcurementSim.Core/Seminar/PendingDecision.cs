namespace ProcurementSim.Core.Seminar;

/// <summary>A decision a human seat must make before week <paramref name="Week"/> is played.</summary>
/// <param name="Seat">The seat.</param>
/// <param name="Week">The week the decision applies to.</param>
/// <param name="Kind">What it asks for.</param>
/// <param name="Number">The proposal's round (terms) or the solicitation's id (bid); 0 for agency orders.</param>
/// <param name="Categories">The categories proposed or solicited (empty for agency orders and all-lawful-uses demands).</param>
/// <param name="AllLawfulUses">Whether the proposal is an all-lawful-uses demand, or the solicitation demands the clause.</param>
public sealed record PendingDecision(string Seat, int Week, PendingDecisionKind Kind, int Number, IReadOnlyList<string> Categories, bool AllLawfulUses);
