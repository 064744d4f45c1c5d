namespace ProcurementSim.Core.Metrics;

/// <summary>The metric names of <c>result.json</c> and of score weights, in their canonical order.</summary>
public static class MetricNames
{
    /// <summary>Mean over ticks of the criticality-weighted share of demand served.</summary>
    public const string MissionCapabilityMean = "mission_capability_mean";
    /// <summary>Lowest weekly mission capability.</summary>
    public const string MissionCapabilityMin = "mission_capability_min";
    /// <summary>Weeks with mission capability below the threshold.</summary>
    public const string CapabilityGapWeeks = "capability_gap_weeks";
    /// <summary>Weeks from the transition decision to the replacement carrying its target share.</summary>
    public const string TransitionWeeks = "transition_weeks";
    /// <summary>Contract spend + switching + termination + parallel-run double spend.</summary>
    public const string TotalCost = "total_cost";
    /// <summary>Task units refused because of a vendor policy.</summary>
    public const string PolicyConflicts = "policy_conflicts";
    /// <summary>Uses in a category the serving vendor prohibits.</summary>
    public const string RedLineBreaches = "red_line_breaches";
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
        MissionCapabilityMean, MissionCapabilityMin, CapabilityGapWeeks, TransitionWeeks, TotalCost,
        PolicyConflicts, RedLineBreaches, EthicalExposure, VendorConcentrationHhi, IncumbentTrustFinal, ReputationalRisk,
    ];
}
