using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scoring;
using ProcurementSim.Core.Tests.Support;

namespace ProcurementSim.Core.Tests.Scoring;

public class ScoreCalculatorTests
{
    // TestScenarios.Basic: one category "ops", demand 100, criticality 1, 20 weeks, threshold 0.5, every weight 1;
    // so F_w = 20 × 100 = 2000 criticality-weighted task units, and a shortfall of 500 means 75% delivered.
    private static RunMetrics Metrics(double capability = 0.8, double cost = 500_000, double shortfall = 500, int? transition = 10) => new()
    {
        MissionCapabilityMean = capability, MissionCapabilityMin = capability, CapabilityGapWeeks = 5, CapabilityGapDepth = 1,
        MissionShortfall = shortfall, ShortfallByCategory = [shortfall], TransitionWeeks = transition, TransitionCompleted = transition is not null,
        TotalCost = cost, Cost = new CostBreakdown(cost, 0, 0, 0), ShortfallCost = null, PolicyConflicts = 100, RedLineBreaches = 1,
        ProhibitedUseExposure = 0, ProhibitedUseIncidents = 1, EthicalExposure = 200, VendorConcentrationHhi = 5000,
        IncumbentTrustFinal = 0.6, ReputationalRisk = 0.3,
    };

    [Fact]
    public void The_breakdown_adds_up_to_the_score_and_the_applicable_weights_sum_to_one()
    {
        var (score, parts) = ScoreCalculator.Score(TestScenarios.Basic(), Metrics());

        Assert.Equal(score, parts.Sum(p => p.Points), 9);
        Assert.Equal(1.0, parts.Where(p => p.Applicable).Sum(p => p.Weight), 9);
        Assert.Equal(MetricNames.All, parts.Select(p => p.Metric));
    }

    [Fact]
    public void Utilities_follow_the_documented_normalisations()
    {
        var s = TestScenarios.Basic(ticks: 20); // cost reference 1e6, conflicts 1000, breaches 5, exposure 1000, threshold 0.5

        Assert.Equal(0.5, ScoreCalculator.Utility(s, MetricNames.TotalCost, 500_000, delivered: 1), 12);
        Assert.Equal(0.75, ScoreCalculator.Utility(s, MetricNames.CapabilityGapWeeks, 5, 1), 12);
        Assert.Equal(0.9, ScoreCalculator.Utility(s, MetricNames.CapabilityGapDepth, 1, 1), 12); // 1 − 1 / (0.5 × 20)
        Assert.Equal(0.75, ScoreCalculator.Utility(s, MetricNames.MissionShortfall, 500, 1), 12); // 1 − 500 / 2000
        Assert.Equal(0.8, ScoreCalculator.Utility(s, MetricNames.RedLineBreaches, 1, 1), 12);
        Assert.Equal(0.5, ScoreCalculator.Utility(s, MetricNames.VendorConcentrationHhi, 5000, 1), 12);
        Assert.Equal(0.7, ScoreCalculator.Utility(s, MetricNames.ReputationalRisk, 0.3, 1), 12);
        Assert.Equal(0.0, ScoreCalculator.Utility(s, MetricNames.TotalCost, 3e6, 1));
    }

    [Fact]
    public void Cost_is_judged_per_delivered_share()
    {
        var s = TestScenarios.Basic();

        // Half the cost for half the delivery is the same cost per delivered share: the same utility.
        Assert.Equal(
            ScoreCalculator.Utility(s, MetricNames.TotalCost, 400_000, delivered: 1),
            ScoreCalculator.Utility(s, MetricNames.TotalCost, 200_000, delivered: 0.5), 12);
        Assert.Equal(0, ScoreCalculator.Utility(s, MetricNames.TotalCost, 0, delivered: 0));
    }

    [Fact]
    public void Delivery_metrics_count_at_face_value_and_the_others_in_proportion_to_what_was_delivered()
    {
        var (_, parts) = ScoreCalculator.Score(TestScenarios.Basic(), Metrics(shortfall: 500));

        foreach (var p in parts)
        {
            Assert.Equal(MetricNames.Delivery.Contains(p.Metric) ? 1 : 0.75, p.DeliveryFactor, 12);
        }
    }

    [Fact]
    public void Without_a_transition_its_metric_is_not_applicable_and_its_weight_goes_to_the_others()
    {
        var s = TestScenarios.Basic();
        var (withTransition, _) = ScoreCalculator.Score(s, Metrics(transition: 0));
        var (without, parts) = ScoreCalculator.Score(s, Metrics(transition: null));
        var reweighted = s with
        {
            Score = s.Score with { Weights = MetricNames.All.Where(m => m != MetricNames.TransitionWeeks).ToDictionary(m => m, _ => 1.0) },
        };

        var transition = parts.Single(p => p.Metric == MetricNames.TransitionWeeks);
        Assert.False(transition.Applicable);
        Assert.Equal(0, transition.Weight);
        Assert.Equal(ScoreCalculator.Score(reweighted, Metrics(transition: 0)).Score, without, 9);
        // A transition of 0 weeks was full points before; "no transition" is not: the two scores differ.
        Assert.NotEqual(withTransition, without, 6);
    }

    [Fact]
    public void Serving_nothing_earns_nothing_for_thrift_trust_or_low_risk()
    {
        var s = TestScenarios.Basic();
        var nothing = Metrics(capability: 0, cost: 0, shortfall: 2000, transition: null) with
        {
            CapabilityGapWeeks = 20, CapabilityGapDepth = 10, PolicyConflicts = 0, RedLineBreaches = 0, ProhibitedUseIncidents = 0,
            EthicalExposure = 0, VendorConcentrationHhi = 0, IncumbentTrustFinal = 1, ReputationalRisk = 0,
        };

        var (score, _) = ScoreCalculator.Score(s, nothing);

        Assert.Equal(0, score, 9);
    }

    [Fact]
    public void Less_service_at_the_same_cost_never_raises_the_score()
    {
        var s = TestScenarios.Basic();
        double? previous = null;
        foreach (var shortfall in new[] { 0.0, 200, 600, 1000, 1600, 2000 })
        {
            var capability = 1 - (shortfall / 2000);
            var (score, _) = ScoreCalculator.Score(s, Metrics(capability: capability, shortfall: shortfall));
            if (previous is { } p) Assert.True(score <= p, $"shortfall {shortfall} scores {score}, above {p}");
            previous = score;
        }
    }

    [Fact]
    public void A_metric_with_no_weight_contributes_nothing_and_weights_change_the_ranking()
    {
        var continuity = TestScenarios.Basic() with
        {
            Score = TestScenarios.Basic().Score with { Weights = new Dictionary<string, double> { [MetricNames.MissionCapabilityMean] = 1 } },
        };
        var thrift = continuity with { Score = continuity.Score with { Weights = new Dictionary<string, double> { [MetricNames.TotalCost] = 1 } } };
        var capable = Metrics(capability: 0.9, cost: 900_000);
        var cheap = Metrics(capability: 0.6, cost: 100_000);

        Assert.Equal(0, ScoreCalculator.Score(continuity, capable).Breakdown.Single(p => p.Metric == MetricNames.TotalCost).Points);
        Assert.True(ScoreCalculator.Score(continuity, capable).Score > ScoreCalculator.Score(continuity, cheap).Score);
        Assert.True(ScoreCalculator.Score(thrift, capable).Score < ScoreCalculator.Score(thrift, cheap).Score);
    }
}
