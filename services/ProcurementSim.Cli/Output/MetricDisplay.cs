using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Cli.Output;

/// <summary>A metric's readable name, its value formatted for people, and a short note on how to read it.</summary>
internal static class MetricDisplay
{
    public static string Label(string metric) => metric switch
    {
        "score" => "Score",
        MetricNames.MissionCapabilityMean => "Mean mission capability",
        MetricNames.MissionCapabilityMin => "Lowest mission capability",
        MetricNames.CapabilityGapWeeks => "Capability gap",
        MetricNames.TransitionWeeks => "Transition time",
        MetricNames.TotalCost => "Total cost",
        MetricNames.PolicyConflicts => "Policy conflicts",
        MetricNames.RedLineBreaches => "Red-line breaches",
        MetricNames.EthicalExposure => "Ethical exposure",
        MetricNames.VendorConcentrationHhi => "Vendor concentration",
        MetricNames.IncumbentTrustFinal => "Final incumbent trust",
        MetricNames.ReputationalRisk => "Mean reputational risk",
        _ => metric,
    };

    public static string Value(string metric, RunMetrics m) => metric switch
    {
        MetricNames.MissionCapabilityMean or MetricNames.MissionCapabilityMin => Numbers.Percent(m.Get(metric)),
        MetricNames.CapabilityGapWeeks => Numbers.Weeks(m.CapabilityGapWeeks),
        MetricNames.TransitionWeeks => TransitionValue(m),
        MetricNames.TotalCost => Numbers.Money(m.TotalCost),
        MetricNames.PolicyConflicts => Numbers.Quantity(m.PolicyConflicts),
        MetricNames.RedLineBreaches => Numbers.Integer(m.RedLineBreaches),
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
        MetricNames.CapabilityGapWeeks or MetricNames.TransitionWeeks or MetricNames.RedLineBreaches => Numbers.OneDecimal(value),
        MetricNames.TotalCost or MetricNames.VendorConcentrationHhi => Numbers.Money(value),
        MetricNames.IncumbentTrustFinal or MetricNames.ReputationalRisk => Numbers.Index(value),
        _ => Numbers.Quantity(value),
    };

    public static string Note(string metric, RunMetrics m, Scenario scenario) => metric switch
    {
        MetricNames.MissionCapabilityMean => "weekly share of demand served",
        MetricNames.MissionCapabilityMin => "the worst week",
        MetricNames.CapabilityGapWeeks => $"weeks below the {Numbers.ShortPercent(scenario.CapabilityThreshold)} threshold",
        MetricNames.TransitionWeeks => TransitionNote(m),
        MetricNames.TotalCost => "all spending, itemised below",
        MetricNames.PolicyConflicts => "task units refused by policy",
        MetricNames.RedLineBreaches => "uses the vendor prohibits",
        MetricNames.EthicalExposure => "volume × ethical-risk weight",
        MetricNames.VendorConcentrationHhi => "HHI of final shares, 0–10,000",
        MetricNames.IncumbentTrustFinal => "0–1",
        MetricNames.ReputationalRisk => "0–1",
        _ => string.Empty,
    };

    /// <summary>Not started (0 weeks, not completed): nothing to measure. Started but unfinished: censored at the run's end.</summary>
    private static string TransitionValue(RunMetrics m) =>
        m.TransitionCompleted ? Numbers.Weeks(m.TransitionWeeks)
        : m.TransitionWeeks == 0 ? "none"
        : "≥ " + Numbers.Weeks(m.TransitionWeeks);

    private static string TransitionNote(RunMetrics m) =>
        m.TransitionCompleted ? "decision to target share"
        : m.TransitionWeeks == 0 ? "no transition was started"
        : "censored: unfinished at the end";
}
