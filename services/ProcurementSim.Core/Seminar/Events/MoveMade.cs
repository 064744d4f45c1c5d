using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar.Events;

/// <summary>A seat's move, by its player or by the facilitator for it.</summary>
/// <param name="Week">The week.</param>
/// <param name="Seat">The seat.</param>
/// <param name="Source"><see cref="MoveSource.Human"/> or <see cref="MoveSource.Facilitator"/>.</param>
/// <param name="Move">The move.</param>
public sealed record MoveMade(int Week, string Seat, MoveSource Source, SeatMove Move) : GameEvent(Week);
