namespace ProcurementSim.Core.Seminar.Events;

/// <summary>
/// A human seat did not move in time: the bot takes its open decisions of this week, when the week is played
/// (so the bot decides on exactly what it would have seen as a bot seat).
/// </summary>
/// <param name="Week">The week.</param>
/// <param name="Seat">The seat.</param>
public sealed record SeatTimedOut(int Week, string Seat) : GameEvent(Week);
