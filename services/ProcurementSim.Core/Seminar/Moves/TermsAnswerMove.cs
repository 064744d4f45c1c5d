using System.Text.Json.Serialization;

namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>
/// A vendor's answer to proposed terms (<see cref="Decisions.IVendorDecisions.AnswerTerms"/>). To a carve-out
/// request: the requested categories it now permits (<paramref name="AllLawfulUses"/> false). To an all-lawful-uses
/// demand: yes or no in <paramref name="AllLawfulUses"/>, with <paramref name="Accepted"/> empty (a yes permits every
/// restricted lawful category, as the clause says), or a partial acceptance (<paramref name="Partial"/>: it permits
/// every negotiable restriction and keeps its red lines).
/// </summary>
/// <param name="Round">The proposal's round number.</param>
/// <param name="Accepted">Category names it now permits (a carve-out answer).</param>
/// <param name="AllLawfulUses">Its answer to an all-lawful-uses demand.</param>
/// <param name="Partial">
/// A partial acceptance of an all-lawful-uses demand (with <paramref name="AllLawfulUses"/> false). Absent from moves
/// stored before it existed, which read as false; written only when true, so other moves keep their stored form.
/// </param>
public sealed record TermsAnswerMove(
    int Round,
    IReadOnlyList<string> Accepted,
    bool AllLawfulUses,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Partial = false) : SeatMove;
