namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Marks the week the transition decision was taken (<see cref="Decisions.IAgencyActions.MarkTransitionStart"/>).</summary>
public sealed record MarkTransitionStartOrder : AgencyOrder;
