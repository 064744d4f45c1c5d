namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>The agency's orders for the first week of a turn, applied in list order; an empty list lets the contracts run as set.</summary>
/// <param name="Orders">The orders.</param>
public sealed record AgencyMove(IReadOnlyList<AgencyOrder> Orders) : SeatMove;
