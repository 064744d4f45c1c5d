using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar.Play;

/// <summary>Names one decision of a week: the seat, its kind and its number (a round, a solicitation id, or 0 for the agency's orders).</summary>
/// <param name="Seat">The seat.</param>
/// <param name="Kind">The decision's kind.</param>
/// <param name="Number">The proposal's round or the solicitation's id; 0 for the agency's orders.</param>
internal readonly record struct DecisionKey(string Seat, PendingDecisionKind Kind, int Number)
{
    /// <summary>The decision a move answers.</summary>
    public static DecisionKey Of(string seat, SeatMove move) => move switch
    {
        TermsAnswerMove t => new(seat, PendingDecisionKind.AnswerTerms, t.Round),
        BidDecisionMove b => new(seat, PendingDecisionKind.BidOrNot, b.Solicitation),
        _ => new(seat, PendingDecisionKind.AgencyOrders, 0),
    };

    /// <summary>The agency's orders of a week.</summary>
    public static DecisionKey AgencyOrders => new(SeatIds.Agency, PendingDecisionKind.AgencyOrders, 0);
}
