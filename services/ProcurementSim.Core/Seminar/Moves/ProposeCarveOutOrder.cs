namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Asks a vendor to permit categories (<see cref="Decisions.IAgencyActions.ProposeCarveOut"/>).</summary>
/// <param name="Vendor">Vendor name.</param>
/// <param name="Categories">Category names, at least one, no repeats.</param>
public sealed record ProposeCarveOutOrder(string Vendor, IReadOnlyList<string> Categories) : AgencyOrder;
