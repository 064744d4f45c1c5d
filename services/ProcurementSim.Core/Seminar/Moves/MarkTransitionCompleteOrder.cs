namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Marks that the replacement carries its target share (<see cref="Decisions.IAgencyActions.MarkTransitionComplete"/>).</summary>
public sealed record MarkTransitionCompleteOrder : AgencyOrder;
