namespace ProcurementSim.Core.Seminar.Moves;

/// <summary>Sets a parallel-run shadow share (<see cref="Decisions.IAgencyActions.SetShadow"/>).</summary>
/// <param name="Vendor">Vendor name.</param>
/// <param name="Category">Category name.</param>
/// <param name="Share">Share in [0, 1].</param>
public sealed record SetShadowOrder(string Vendor, string Category, double Share) : AgencyOrder;
