namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Terminates a vendor at once (<see cref="Decisions.IAgencyActions.TerminateNow"/>).</summary>
/// <param name="Vendor">Vendor name.</param>
public sealed record TerminateNowOrder(string Vendor) : AgencyOrder;
