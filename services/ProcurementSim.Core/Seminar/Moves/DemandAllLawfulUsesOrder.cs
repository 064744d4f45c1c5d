namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Demands that a vendor accept all lawful uses (<see cref="Decisions.IAgencyActions.DemandAllLawfulUses"/>).</summary>
/// <param name="Vendor">Vendor name.</param>
public sealed record DemandAllLawfulUsesOrder(string Vendor) : AgencyOrder;
