namespace ProcurementSim.Core.Seminar.Events;

/// <summary>The facilitator lets the turn starting at <paramref name="Week"/> be played.</summary>
/// <param name="Week">The turn's first week.</param>
public sealed record TurnAdvanced(int Week) : GameEvent(Week);
