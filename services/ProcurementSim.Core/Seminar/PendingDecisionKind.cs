namespace ProcurementSim.Core.Seminar;

/// <summary>What a pending decision asks for.</summary>
public enum PendingDecisionKind
{
    /// <summary>The agency's orders for the turn (<see cref="Moves.AgencyMove"/>).</summary>
    AgencyOrders,
    /// <summary>A vendor's answer to proposed terms (<see cref="Moves.TermsAnswerMove"/>).</summary>
    AnswerTerms,
    /// <summary>A replacement's bid decision (<see cref="Moves.BidDecisionMove"/>).</summary>
    BidOrNot,
}
