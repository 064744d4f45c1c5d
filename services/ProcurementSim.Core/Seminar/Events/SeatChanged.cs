namespace ProcurementSim.Core.Seminar.Events;

/// <summary>The facilitator hands a seat to a person or to the bot.</summary>
/// <param name="Week">The week.</param>
/// <param name="Seat">The seat.</param>
/// <param name="Kind">Who fills it from now on.</param>
public sealed record SeatChanged(int Week, string Seat, SeatKind Kind) : GameEvent(Week);
