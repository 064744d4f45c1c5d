using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar;

/// <summary>A move given at a fork in place of the original.</summary>
/// <param name="Seat">The seat that moves.</param>
/// <param name="Move">Its move.</param>
public sealed record ForkMove(string Seat, SeatMove Move);
