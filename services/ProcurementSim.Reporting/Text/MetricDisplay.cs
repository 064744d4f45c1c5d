using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Reporting.Text;

/// <summary>A metric's readable name, its value formatted for people, and a short note on how to read it.</summary>
public static class MetricDisplay
{
    public static string Label(string metric) => metric switch
    {
        "score" => "Score",
        MetricNames.MissionCapabilityMean => "Mean mission capability",
        MetricNames.MissionCapabilityMin => "Lowest mission capability",
        MetricNames.CapabilityGapWeeks => "Capability gap",
        MetricNames.CapabilityGapDepth => "Capability gap depth",
        MetricNames.MissionShortfall => "Mission shortfall",
        MetricNames.TransitionWeeks => "Transition time",
        MetricNames.TotalCost => "Total cost",
        MetricNames.ShortfallCost => "Shortfall cost",
        MetricNames.EconomicCost => "Economic cost",
        MetricNames.PolicyConflicts => "Policy conflicts",
        MetricNames.RedLineBreaches => "Vendor-policy breaches",
        MetricNames.ProhibitedUseExposure => "Prohibited-use exposure",
        MetricNames.ProhibitedUseIncidents => "Prohibited-use incidents",
        MetricNames.EthicalExposure => "Ethical exposure",
        MetricNames.VendorConcentrationHhi => "Vendor concentration",
        MetricNames.IncumbentTrustFinal => "Final incumbent trust",
        MetricNames.ReputationalRisk => "Mean reputational risk",
        _ => metric,
    };

    public static string Value(string metric, RunMetrics m) => m.Value(metric) is null && metric != MetricNames.TransitionWeeks ? NotApplicable : metric switch
    {
        MetricNames.MissionCapabilityMean or MetricNames.MissionCapabilityMin => Numbers.Percent(m.Get(metric)),
        MetricNames.CapabilityGapWeeks => Numbers.Weeks(m.CapabilityGapWeeks),
        MetricNames.TransitionWeeks => TransitionValue(m),
        MetricNames.CapabilityGapDepth => Numbers.Index(m.CapabilityGapDepth),
        MetricNames.TotalCost or MetricNames.ShortfallCost or MetricNames.EconomicCost => Numbers.Money(m.Get(metric)),
        MetricNames.PolicyConflicts => Numbers.Quantity(m.PolicyConflicts),
        MetricNames.RedLineBreaches => Numbers.Integer(m.RedLineBreaches),
        MetricNames.ProhibitedUseIncidents => Numbers.Integer(m.ProhibitedUseIncidents),
        MetricNames.EthicalExposure => Numbers.Quantity(m.EthicalExposure),
        MetricNames.VendorConcentrationHhi => Numbers.Money(m.VendorConcentrationHhi),
        MetricNames.IncumbentTrustFinal or MetricNames.ReputationalRisk => Numbers.Index(m.Get(metric)),
        _ => Numbers.Quantity(m.Get(metric)),
    };

    /// <summary>A statistic of a metric (a mean, a quantile) or of the score, formatted like the metric itself.</summary>
    public static string Statistic(string metric, double value) => metric switch
    {
        "score" => Numbers.OneDecimal(value),
        MetricNames.MissionCapabilityMean or MetricNames.MissionCapabilityMin => Numbers.Percent(value),
        _ when double.IsNaN(value) => NotApplicable,
        MetricNames.CapabilityGapWeeks or MetricNames.TransitionWeeks or MetricNames.RedLineBreaches or MetricNames.ProhibitedUseIncidents => Numbers.OneDecimal(value),
        MetricNames.TotalCost or MetricNames.ShortfallCost or MetricNames.EconomicCost or MetricNames.VendorConcentrationHhi => Numbers.Money(value),
        MetricNames.IncumbentTrustFinal or MetricNames.ReputationalRisk => Numbers.Index(value),
        _ => Numbers.Quantity(value),
    };

    public static string Note(string metric, RunMetrics m, Scenario scenario) => metric switch
    {
        MetricNames.MissionCapabilityMean => "weekly share of demand served",
        MetricNames.MissionCapabilityMin => "the worst week",
        MetricNames.CapabilityGapWeeks => $"weeks below the {Numbers.ShortPercent(scenario.CapabilityThreshold)} threshold",
        MetricNames.TransitionWeeks => TransitionNote(m),
        MetricNames.CapabilityGapDepth => "capability-weeks below the threshold",
        MetricNames.MissionShortfall => "criticality-weighted unmet task units",
        MetricNames.TotalCost => "all spending, itemised below",
        MetricNames.ShortfallCost => m.ShortfallCost is null ? "the scenario prices no shortfall" : "unmet task units × their value",
        MetricNames.EconomicCost => m.ShortfallCost is null ? "the scenario prices no shortfall" : "total cost + shortfall cost",
        MetricNames.PolicyConflicts => "task units refused by policy",
        MetricNames.RedLineBreaches => "misuses the serving vendor prohibits",
        MetricNames.ProhibitedUseExposure => "red-line task units served, any vendor",
        MetricNames.ProhibitedUseIncidents => "red-line misuses, whoever permits them",
        MetricNames.EthicalExposure => "volume × ethical-risk weight",
        MetricNames.VendorConcentrationHhi => "HHI of final shares, 0–10,000",
        MetricNames.IncumbentTrustFinal => "0–1",
        MetricNames.ReputationalRisk => "0–1",
        _ => string.Empty,
    };

    /// <summary>What the tables show for a metric that does not apply to a run.</summary>
    public const string NotApplicable = "—";

    /// <summary>Not started: not applicable. Started but unfinished: censored at the run's end.</summary>
    private static string TransitionValue(RunMetrics m) =>
        m.TransitionWeeks is not { } weeks ? NotApplicable
        : m.TransitionCompleted ? Numbers.Weeks(weeks)
        : "≥ " + Numbers.Weeks(weeks);

    private static string TransitionNote(RunMetrics m) =>
        m.TransitionWeeks is null ? "no transition was started: not scored"
        : m.TransitionCompleted ? "start to replacements carrying their work"
        : "censored: unfinished at the end";
}
