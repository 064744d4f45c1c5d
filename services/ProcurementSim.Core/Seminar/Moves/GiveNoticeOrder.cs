namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Gives a vendor notice (<see cref="Decisions.IAgencyActions.GiveNotice"/>).</summary>
/// <param name="Vendor">Vendor name.</param>
public sealed record GiveNoticeOrder(string Vendor) : AgencyOrder;
