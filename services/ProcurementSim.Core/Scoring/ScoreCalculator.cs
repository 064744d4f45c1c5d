using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Scoring;

/// <summary>
/// The composite score: 100 × Σ wᵢ·uᵢ / Σ wᵢ, where uᵢ ∈ [0, 1] is metric i's utility (docs/MODEL.md lists each
/// normalisation) and wᵢ the scenario's weight. Every metric appears in the breakdown, weighted or not.
/// </summary>
public static class ScoreCalculator
{
    /// <summary>The score and its breakdown.</summary>
    public static (double Score, IReadOnlyList<ScoreComponent> Breakdown) Score(Scenario scenario, RunMetrics m)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(m);
        var spec = scenario.Score;
        var weightSum = MetricNames.All.Sum(n => spec.Weights.GetValueOrDefault(n));
        var parts = new List<ScoreComponent>(MetricNames.All.Count);
        double score = 0;
        foreach (var name in MetricNames.All)
        {
            var value = m.Get(name);
            var u = Utility(scenario, name, value);
            var w = weightSum > 0 ? spec.Weights.GetValueOrDefault(name) / weightSum : 0;
            var points = 100 * w * u;
            score += points;
            parts.Add(new ScoreComponent(name, value, u, w, points));
        }
        return (score, parts);
    }

    /// <summary>A metric's utility in [0, 1], 1 best.</summary>
    public static double Utility(Scenario scenario, string metric, double value)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var s = scenario.Score;
        double ticks = scenario.Ticks;
        var u = metric switch
        {
            MetricNames.MissionCapabilityMean or MetricNames.MissionCapabilityMin or MetricNames.IncumbentTrustFinal => value,
            MetricNames.CapabilityGapWeeks or MetricNames.TransitionWeeks => 1 - (value / ticks),
            MetricNames.TotalCost => 1 - (value / s.CostReference),
            MetricNames.PolicyConflicts => 1 - (value / s.ConflictReference),
            MetricNames.RedLineBreaches => 1 - (value / s.BreachReference),
            MetricNames.EthicalExposure => 1 - (value / s.ExposureReference),
            MetricNames.VendorConcentrationHhi => 1 - (value / 10_000),
            MetricNames.ReputationalRisk => 1 - value,
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "not a metric"),
        };
        return Math.Clamp(u, 0, 1);
    }
}
