namespace ProcurementSim.Core.Loading;

/// <summary>The keys each section accepts, in documentation order. The schema test compares scenario.schema.json with these.</summary>
internal static class ScenarioKeys
{
    public static readonly IReadOnlyList<string> Root =
    [
        "name", "description", "ticks", "seed", "capability_threshold", "review_overhead",
        "categories", "agency", "vendors", "integrator", "injects", "strategies", "score",
        "uncertainties", "levers", "robustness", "seminar",
    ];

    public static readonly IReadOnlyList<string> Seminar = ["briefings"];

    public static readonly IReadOnlyList<string> Category =
        ["name", "demand", "criticality", "ethical_risk", "legal_status", "operational", "red_line", "shortfall_value"];

    public static readonly IReadOnlyList<string> Agency = ["weekly_budget", "demanded_clauses", "contract"];

    public static readonly IReadOnlyList<string> Contract = ["vendor", "shares", "notice_weeks", "termination_fee"];

    public static readonly IReadOnlyList<string> Vendor =
    [
        "name", "role", "quality", "capacity", "price", "trust", "reputation_sensitivity",
        "concession_probability", "partial_acceptance", "policy", "replacement",
    ];

    public static readonly IReadOnlyList<string> PolicyClause = ["stance", "non_negotiable"];

    public static readonly IReadOnlyList<string> Replacement =
    [
        "accreditation_weeks", "accreditation_failure_probability", "ramp_up_weeks", "switching_cost",
        "bid_probability", "bid_markup", "accepts_all_lawful_uses",
    ];

    public static readonly IReadOnlyList<string> Integrator = ["misuse_probability", "misuse_category"];

    public static readonly IReadOnlyList<string> Inject = ["kind", "at", "probability", "target", "magnitude", "weeks"];

    public static readonly IReadOnlyList<string> Strategy = ["name", "kind", "params"];

    public static readonly IReadOnlyList<string> Score =
        ["weights", "cost_reference", "conflict_reference", "breach_reference", "exposure_reference"];

    /// <summary>Every key an uncertainty may have; which distribution keys apply depends on the kind (<see cref="Distributions"/>).</summary>
    public static readonly IReadOnlyList<string> Uncertainty =
        ["name", "param", "distribution", "min", "mode", "max", "mean", "sd", "median", "sigma", "values", "weights", "p"];

    /// <summary>The keys of an uncertainty besides its distribution's.</summary>
    public static readonly IReadOnlyList<string> UncertaintyBase = ["name", "param", "distribution"];

    /// <summary>The distribution kinds, in documentation order, with their keys.</summary>
    public static readonly IReadOnlyList<DistributionKeys> Distributions =
    [
        new("uniform", ["min", "max"], []),
        new("triangular", ["min", "mode", "max"], []),
        new("truncated_normal", ["mean", "sd", "min", "max"], []),
        new("lognormal", ["median", "sigma"], ["min", "max"]),
        new("discrete", ["values"], ["weights"]),
        new("bernoulli", ["p"], []),
    ];

    public static readonly IReadOnlyList<string> Lever = ["name", "strategy", "param", "min", "max", "values"];

    public static readonly IReadOnlyList<string> Robustness = ["satisficing"];
}
