namespace ProcurementSim.Core.Metrics;

/// <summary>What happened in one tick. Arrays are indexed like the scenario's categories and vendors.</summary>
/// <param name="Tick">0-based week.</param>
/// <param name="MissionCapability">Criticality-weighted share of tasked demand served (quality-adjusted), in [0, 1].</param>
/// <param name="CapabilityByCategory">Quality-adjusted share of demand served, per category.</param>
/// <param name="AllocationByVendor">Share of the week's tasked volume routed to each vendor.</param>
/// <param name="ServedByCategory">Task units served, per category (all vendors).</param>
/// <param name="Spend">Money spent this week (all kinds).</param>
/// <param name="CumulativeCost">Money spent up to and including this week.</param>
/// <param name="PolicyConflicts">Task units refused for policy this week.</param>
/// <param name="RedLineBreaches">Vendor-policy breaches this week.</param>
/// <param name="IncumbentTrust">Incumbent's trust toward the agency at the end of the week.</param>
/// <param name="ReputationalRisk">Reputational-risk index at the end of the week.</param>
public sealed record TickRecord(
    int Tick,
    double MissionCapability,
    double[] CapabilityByCategory,
    double[] AllocationByVendor,
    double[] ServedByCategory,
    double Spend,
    double CumulativeCost,
    double PolicyConflicts,
    int RedLineBreaches,
    double IncumbentTrust,
    double ReputationalRisk)
{
    /// <summary>max(0, threshold − mission capability) this week.</summary>
    public double GapDepth { get; init; }
    /// <summary>Criticality-weighted unmet task units this week.</summary>
    public double Shortfall { get; init; }
    /// <summary>Task units served in red-line categories this week.</summary>
    public double ProhibitedUse { get; init; }
    /// <summary>Misuses in red-line categories this week.</summary>
    public int ProhibitedUseIncidents { get; init; }
}
