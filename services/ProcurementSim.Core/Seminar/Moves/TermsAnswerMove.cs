namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>
/// A vendor's answer to proposed terms (<see cref="Decisions.IVendorDecisions.AnswerTerms"/>). To a carve-out
/// request: the requested categories it now permits (<paramref name="AllLawfulUses"/> false). To an all-lawful-uses
/// demand: yes or no in <paramref name="AllLawfulUses"/>, with <paramref name="Accepted"/> empty (a yes permits every
/// restricted lawful category, as the clause says).
/// </summary>
/// <param name="Round">The proposal's round number.</param>
/// <param name="Accepted">Category names it now permits (a carve-out answer).</param>
/// <param name="AllLawfulUses">Its answer to an all-lawful-uses demand.</param>
public sealed record TermsAnswerMove(int Round, IReadOnlyList<string> Accepted, bool AllLawfulUses) : SeatMove;
