using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Scoring;

/// <summary>
/// The composite score (docs/MODEL.md §9): 100 × Σ wᵢ·fᵢ·uᵢ / Σ wᵢ over the metrics that apply to the run, where uᵢ ∈ [0, 1]
/// is metric i's utility, wᵢ the scenario's weight and fᵢ the delivery factor: 1 for delivery metrics, and for every
/// other metric the delivered share d = 1 − mission_shortfall / F_w. Cost and exposure are also judged per delivered
/// share. So a run earns points for cheapness, low exposure, trust or low risk only for the part of the mission it
/// delivered: serving nothing earns nothing.
/// </summary>
public static class ScoreCalculator
{
    /// <summary>The score and its breakdown (every metric appears, weighted or not, applicable or not).</summary>
    public static (double Score, IReadOnlyList<ScoreComponent> Breakdown) Score(Scenario scenario, RunMetrics m)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(m);
        // The weights by metric, the yardsticks and the delivery metrics are the scenario's and the model's: looked up
        // once per scenario (ScenarioTables) and once per process (IsDelivery), not by name for every run.
        var tables = ScenarioTables.Of(scenario);
        var weights = tables.ScoreWeights;
        var yardsticks = new Yardsticks(tables);
        var delivered = Delivered(m, yardsticks.WeightedDemand);
        var names = MetricNames.All;
        Span<double?> values = stackalloc double?[names.Count];
        double weightSum = 0;
        for (var i = 0; i < names.Count; i++)
        {
            values[i] = m.Value(names[i]);
            if (values[i] is not null) weightSum += weights[i];
        }
        var parts = new List<ScoreComponent>(names.Count);
        double score = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var value = values[i];
            var factor = IsDelivery[i] ? 1 : delivered;
            if (value is not { } v)
            {
                parts.Add(new ScoreComponent(name, null, null, factor, 0, 0));
                continue;
            }
            var u = Utility(scenario, yardsticks, name, v, delivered);
            var w = weightSum > 0 ? weights[i] / weightSum : 0;
            var points = 100 * w * factor * u;
            score += points;
            parts.Add(new ScoreComponent(name, v, u, factor, w, points));
        }
        return (score, parts);
    }

    /// <summary>d = 1 − mission_shortfall / F_w in [0, 1]: the criticality-weighted share of the run's demand delivered (1 when nothing is tasked).</summary>
    private static double Delivered(RunMetrics m, double weightedDemand) =>
        weightedDemand > 0 ? Math.Clamp(1 - (m.MissionShortfall / weightedDemand), 0, 1) : 1;

    /// <summary>A metric's utility in [0, 1], 1 best, before the delivery factor.</summary>
    /// <param name="scenario">The scenario (its references and yardsticks).</param>
    /// <param name="metric">The metric's name.</param>
    /// <param name="value">Its value (applicable).</param>
    /// <param name="delivered">The delivered share d: cost and exposure are judged per delivered share.</param>
    public static double Utility(Scenario scenario, string metric, double value, double delivered)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Utility(scenario, new Yardsticks(ScenarioTables.Of(scenario)), metric, value, delivered);
    }

    private static double Utility(Scenario scenario, Yardsticks y, string metric, double value, double delivered)
    {
        var s = scenario.Score;
        double ticks = scenario.Ticks;
        var u = metric switch
        {
            MetricNames.MissionCapabilityMean or MetricNames.MissionCapabilityMin or MetricNames.IncumbentTrustFinal => value,
            MetricNames.CapabilityGapWeeks or MetricNames.TransitionWeeks => 1 - (value / ticks),
            MetricNames.CapabilityGapDepth => scenario.CapabilityThreshold > 0 ? 1 - (value / (scenario.CapabilityThreshold * ticks)) : 1,
            MetricNames.MissionShortfall => Share(value, y.WeightedDemand),
            MetricNames.ShortfallCost or MetricNames.EconomicCost => Share(value, y.FullShortfallCost),
            MetricNames.TotalCost => PerDelivered(value, s.CostReference, delivered),
            MetricNames.PolicyConflicts => 1 - (value / s.ConflictReference),
            MetricNames.RedLineBreaches or MetricNames.ProhibitedUseIncidents => 1 - (value / s.BreachReference),
            MetricNames.ProhibitedUseExposure => PerDelivered(value, y.RedLineDemand, delivered),
            MetricNames.EthicalExposure => PerDelivered(value, s.ExposureReference, delivered),
            MetricNames.VendorConcentrationHhi => 1 - (value / 10_000),
            MetricNames.ReputationalRisk => 1 - value,
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "not a metric"),
        };
        return Math.Clamp(u, 0, 1);
    }

    /// <summary>1 − value / yardstick (1 when the yardstick is 0: nothing could go wrong).</summary>
    private static double Share(double value, double yardstick) => yardstick > 0 ? 1 - (value / yardstick) : 1;

    /// <summary>1 − (value / reference) / d: the amount per delivered share against its reference (0 when nothing was delivered).</summary>
    private static double PerDelivered(double value, double reference, double delivered)
    {
        if (reference <= 0) return value > 0 ? 0 : 1;
        return delivered > 0 ? 1 - (value / reference / delivered) : 0;
    }

    /// <summary>Whether each metric of <see cref="MetricNames.All"/> is a delivery metric (<see cref="MetricNames.Delivery"/>), by index.</summary>
    private static readonly bool[] IsDelivery = [.. MetricNames.All.Select(MetricNames.Delivery.Contains)];

    /// <summary>The scenario's yardsticks (<see cref="Demand"/>), computed once per scenario (<see cref="ScenarioTables"/>).</summary>
    private readonly struct Yardsticks(ScenarioTables tables)
    {
        public double WeightedDemand { get; } = tables.WeightedRunDemand;
        public double RedLineDemand { get; } = tables.RedLineRunDemand;
        public double FullShortfallCost { get; } = tables.FullShortfallCost ?? 0;
    }
}
