namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>An order of games stored before the model defined the transition itself (docs/MODEL.md §7.11): read, and changes nothing.</summary>
public sealed record MarkTransitionStartOrder : AgencyOrder;
