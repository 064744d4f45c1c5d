using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scoring;
using ProcurementSim.Core.Tests.Support;

namespace ProcurementSim.Core.Tests.Scoring;

public class ScoreCalculatorTests
{
    private static RunMetrics Metrics(double capability = 0.8, double cost = 500_000) =>
        new(capability, capability, 5, 10, true, cost, new CostBreakdown(cost, 0, 0, 0), 100, 1, 200, 5000, 0.6, 0.3);

    [Fact]
    public void The_breakdown_adds_up_to_the_score_and_weights_sum_to_one()
    {
        var s = TestScenarios.Basic();
        var (score, parts) = ScoreCalculator.Score(s, Metrics());

        Assert.Equal(score, parts.Sum(p => p.Points), 9);
        Assert.Equal(1.0, parts.Sum(p => p.Weight), 9);
        Assert.Equal(MetricNames.All, parts.Select(p => p.Metric));
    }

    [Fact]
    public void Utilities_follow_the_documented_normalisations()
    {
        var s = TestScenarios.Basic(ticks: 20); // cost reference 1e6, conflicts 1000, breaches 5, exposure 1000

        Assert.Equal(0.5, ScoreCalculator.Utility(s, MetricNames.TotalCost, 500_000), 12);
        Assert.Equal(0.75, ScoreCalculator.Utility(s, MetricNames.CapabilityGapWeeks, 5), 12);
        Assert.Equal(0.8, ScoreCalculator.Utility(s, MetricNames.RedLineBreaches, 1), 12);
        Assert.Equal(0.5, ScoreCalculator.Utility(s, MetricNames.VendorConcentrationHhi, 5000), 12);
        Assert.Equal(0.7, ScoreCalculator.Utility(s, MetricNames.ReputationalRisk, 0.3), 12);
        Assert.Equal(0.0, ScoreCalculator.Utility(s, MetricNames.TotalCost, 3e6));
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
