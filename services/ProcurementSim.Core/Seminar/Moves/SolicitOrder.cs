namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Issues a solicitation to every replacement (<see cref="Decisions.IAgencyActions.Solicit"/>).</summary>
/// <param name="Categories">Category names, at least one, no repeats.</param>
public sealed record SolicitOrder(IReadOnlyList<string> Categories) : AgencyOrder;
