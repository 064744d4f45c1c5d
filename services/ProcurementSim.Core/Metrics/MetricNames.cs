namespace ProcurementSim.Core.Metrics;

/// <summary>The metric names of <c>result.json</c> and of score weights, in their canonical order (docs/MODEL.md §8).</summary>
public static class MetricNames
{
    /// <summary>Mean over weeks of the criticality-weighted share of demand served (quality-adjusted).</summary>
    public const string MissionCapabilityMean = "mission_capability_mean";
    /// <summary>Lowest weekly mission capability.</summary>
    public const string MissionCapabilityMin = "mission_capability_min";
    /// <summary>Weeks with mission capability below the threshold.</summary>
    public const string CapabilityGapWeeks = "capability_gap_weeks";
    /// <summary>Σ over weeks of max(0, threshold − mission capability): how deep and how long the gap was.</summary>
    public const string CapabilityGapDepth = "capability_gap_depth";
    /// <summary>Σ over weeks and tasked categories of criticality × unmet (quality-adjusted) task units.</summary>
    public const string MissionShortfall = "mission_shortfall";
    /// <summary>Weeks from the transition's start to its completion (the run's end when incomplete); null without a transition.</summary>
    public const string TransitionWeeks = "transition_weeks";
    /// <summary>Contract spend + switching + termination + parallel-run double spend.</summary>
    public const string TotalCost = "total_cost";
    /// <summary>Σ unmet task units × the category's shortfall value; null unless the scenario prices shortfall.</summary>
    public const string ShortfallCost = "shortfall_cost";
    /// <summary>Total cost + shortfall cost; null unless the scenario prices shortfall.</summary>
    public const string EconomicCost = "economic_cost";
    /// <summary>Task units refused because of a vendor policy.</summary>
    public const string PolicyConflicts = "policy_conflicts";
    /// <summary>Vendor-policy breaches: misuses in a category the serving vendor prohibits.</summary>
    public const string RedLineBreaches = "red_line_breaches";
    /// <summary>Task units served in the situation's red-line categories, by any vendor, whoever permits them.</summary>
    public const string ProhibitedUseExposure = "prohibited_use_exposure";
    /// <summary>Misuses in a red-line category, by any vendor's model, whoever permits them.</summary>
    public const string ProhibitedUseIncidents = "prohibited_use_incidents";
    /// <summary>Served volume weighted by ethical risk.</summary>
    public const string EthicalExposure = "ethical_exposure";
    /// <summary>Herfindahl–Hirschman index (0–10,000) of the final allocation.</summary>
    public const string VendorConcentrationHhi = "vendor_concentration_hhi";
    /// <summary>Incumbent trust toward the agency at the end.</summary>
    public const string IncumbentTrustFinal = "incumbent_trust_final";
    /// <summary>Mean weekly reputational-risk index.</summary>
    public const string ReputationalRisk = "reputational_risk";

    /// <summary>All scored metrics in canonical order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        MissionCapabilityMean, MissionCapabilityMin, CapabilityGapWeeks, CapabilityGapDepth, MissionShortfall,
        TransitionWeeks, TotalCost, ShortfallCost, EconomicCost, PolicyConflicts, RedLineBreaches,
        ProhibitedUseExposure, ProhibitedUseIncidents, EthicalExposure, VendorConcentrationHhi, IncumbentTrustFinal,
        ReputationalRisk,
    ];

    /// <summary>Metrics that count whole things (weeks, events): written as integers.</summary>
    public static IReadOnlySet<string> Counts { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        CapabilityGapWeeks, TransitionWeeks, RedLineBreaches, ProhibitedUseIncidents,
    };

    /// <summary>
    /// Metrics that measure delivery itself. The score takes them at face value; every other metric earns points
    /// only in proportion to the share of the mission delivered (docs/MODEL.md §9).
    /// </summary>
    public static IReadOnlySet<string> Delivery { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        MissionCapabilityMean, MissionCapabilityMin, CapabilityGapWeeks, CapabilityGapDepth, MissionShortfall,
        ShortfallCost, EconomicCost,
    };
}
