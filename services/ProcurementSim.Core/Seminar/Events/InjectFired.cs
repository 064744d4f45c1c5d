namespace ProcurementSim.Core.Seminar.Events;

/// <summary>
/// The facilitator fires an inject at the current week: one of the scenario's (by index; it then no longer fires by
/// its schedule or draw) or a custom one. Exactly one of the two is set.
/// </summary>
/// <param name="Week">The week.</param>
/// <param name="ScenarioInject">Index in the scenario's inject list, or null.</param>
/// <param name="Custom">The custom inject, or null.</param>
public sealed record InjectFired(int Week, int? ScenarioInject, CustomInject? Custom) : GameEvent(Week);
