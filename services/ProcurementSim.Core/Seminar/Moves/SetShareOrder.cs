namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Routes a share of a category's demand to a vendor (<see cref="Decisions.IAgencyActions.SetShare"/>).</summary>
/// <param name="Vendor">Vendor name.</param>
/// <param name="Category">Category name.</param>
/// <param name="Share">Share in [0, 1].</param>
public sealed record SetShareOrder(string Vendor, string Category, double Share) : AgencyOrder;
