namespace ProcurementSim.Core.Metrics;

/// <summary>The outcome metrics of one run (docs/MODEL.md gives every formula).</summary>
public sealed record RunMetrics(
    double MissionCapabilityMean,
    double MissionCapabilityMin,
    int CapabilityGapWeeks,
    int TransitionWeeks,
    bool TransitionCompleted,
    double TotalCost,
    CostBreakdown Cost,
    double PolicyConflicts,
    int RedLineBreaches,
    double EthicalExposure,
    double VendorConcentrationHhi,
    double IncumbentTrustFinal,
    double ReputationalRisk)
{
    /// <summary>The value of a scored metric by its name in <see cref="MetricNames"/>.</summary>
    public double Get(string name) => name switch
    {
        MetricNames.MissionCapabilityMean => MissionCapabilityMean,
        MetricNames.MissionCapabilityMin => MissionCapabilityMin,
        MetricNames.CapabilityGapWeeks => CapabilityGapWeeks,
        MetricNames.TransitionWeeks => TransitionWeeks,
        MetricNames.TotalCost => TotalCost,
        MetricNames.PolicyConflicts => PolicyConflicts,
        MetricNames.RedLineBreaches => RedLineBreaches,
        MetricNames.EthicalExposure => EthicalExposure,
        MetricNames.VendorConcentrationHhi => VendorConcentrationHhi,
        MetricNames.IncumbentTrustFinal => IncumbentTrustFinal,
        MetricNames.ReputationalRisk => ReputationalRisk,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a metric"),
    };
}
