namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Awards a contract on the bid received from a vendor for the current solicitation (<see cref="Decisions.IAgencyActions.Award"/>).</summary>
/// <param name="Vendor">Vendor name; its bid must be among the bids received.</param>
public sealed record AwardOrder(string Vendor) : AgencyOrder;
