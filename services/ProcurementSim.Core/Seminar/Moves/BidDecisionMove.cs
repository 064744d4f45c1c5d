namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>A replacement's decision on a solicitation (<see cref="Decisions.IVendorDecisions.WillBid"/>): bid or not.</summary>
/// <param name="Solicitation">The solicitation's id.</param>
/// <param name="Bid">Whether it bids.</param>
public sealed record BidDecisionMove(int Solicitation, bool Bid) : SeatMove;
