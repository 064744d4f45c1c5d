namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Awards a replacement a contract without a bid (<see cref="Decisions.IAgencyActions.AwardDirect"/>).</summary>
/// <param name="Vendor">Name of a replacement vendor.</param>
public sealed record AwardDirectOrder(string Vendor) : AgencyOrder;
