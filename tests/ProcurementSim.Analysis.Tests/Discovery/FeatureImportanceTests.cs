using MathNet.Numerics.Statistics;
using ProcurementSim.Analysis.Discovery;

namespace ProcurementSim.Analysis.Tests.Discovery;

public class FeatureImportanceTests
{
    [Fact]
    public void The_first_order_index_is_the_bias_corrected_correlation_ratio()
    {
        // d = 0, 0, 1, 1 and y = 1, 3, 5, 7: mean 4, bin means 2 and 6.
        // SS_total = 9 + 1 + 1 + 9 = 20; SS_between = 2·4 + 2·4 = 16 (η² = 0.8); SS_within = 4.
        // Kelley: ε² = 1 − (4 / (4 − 2)) / (20 / (4 − 1)) = 1 − 2 / 6.667 = 0.7.
        var bins = InputBins.Of(new DiscoveryInput("d", [0, 0, 1, 1], true));

        Assert.Equal(0.7, FeatureImportance.FirstOrder(bins, [1, 3, 5, 7]), 12);
    }

    [Fact]
    public void The_p_value_is_the_one_way_anova_f_test_over_the_bins()
    {
        // The same d and y: F = (16 / 1) / (4 / 2) = 8 on 1 and 2 degrees of freedom. F(1, 2) is the square of Student's t
        // on 2 degrees of freedom, whose two-sided tail is P(|T| ≥ t) = 1 − t / √(2 + t²): with t = √8, 1 − √0.8 = 0.1056.
        var bins = InputBins.Of(new DiscoveryInput("d", [0, 0, 1, 1], true));

        Assert.Equal(1 - Math.Sqrt(0.8), FeatureImportance.PValue(bins, [1, 3, 5, 7]), 10);
        Assert.Equal(1, FeatureImportance.PValue(bins, [2, 2, 2, 2]));                     // constant outcome
        Assert.True(double.IsNaN(FeatureImportance.PValue(InputBins.Of(new DiscoveryInput("d", [0, 1, 2], true)), [1, 2, 4]))); // no df left
    }

    [Fact]
    public void Inputs_whose_index_is_indistinguishable_from_zero_are_marked_and_listed_by_name_after_the_others()
    {
        // 2,000 runs: y = x + noise; "beta" and "alpha" are independent of y. x's F test is far below 0.01; the two noise
        // inputs' p-values are above it (with this seed: checked below), so they come last, by name, whatever their index.
        var random = new Random(17);
        var inputs = new[] { Tables.Uncertainty("beta"), Tables.Uncertainty("x"), Tables.Uncertainty("alpha") };
        var table = new OutcomeTable(["only"], inputs, keepCapability: false);
        for (var i = 0; i < 2000; i++)
        {
            var (b, x, a) = (random.NextDouble(), random.NextDouble(), random.NextDouble());
            table.Add(0, [b, x, a], x + random.NextDouble(), Tables.Metrics(), null);
        }

        var summary = ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), Tables.Options(discovery: true));
        var score = summary.Importance.Single(r => r.Outcome == "score").Inputs;

        Assert.Equal(["x", "alpha", "beta"], score.Select(i => i.Input));
        Assert.Equal([false, true, true], score.Select(i => i.Indistinguishable));
        Assert.True(score[0].PValue < 1e-10, $"x: {score[0].PValue}");
        Assert.All(score.Skip(1), i => Assert.True(i.PValue > FeatureImportance.Level, $"{i.Input}: {i.PValue}"));
    }

    [Fact]
    public void Continuous_bins_are_equal_count_and_keep_ties_together()
    {
        // n = 8: B = clamp(round(√8 / 2), 2, 50) = clamp(1, 2, 50) = 2 bins of 4 positions; the 3s at positions 3 and 4
        // are tied with position 2, so they stay in the first bin.
        var bins = InputBins.Of(new DiscoveryInput("x", [6, 3, 1, 3, 5, 2, 3, 4], false));

        Assert.Equal(2, bins.Count);
        Assert.Equal([1, 0, 0, 0, 1, 0, 0, 1], bins.Bin);
        Assert.Equal(5, InputBins.ContinuousBins(100));     // √100 / 2 = 5
        Assert.Equal(50, InputBins.ContinuousBins(1_000_000)); // 500, capped
    }

    [Fact]
    public void Spearman_from_precomputed_ranks_matches_mathnet()
    {
        double[] x = [1, 2, 2, 3, 5, 4], y = [2, 1, 4, 4, 6, 9];

        var ours = FeatureImportance.Spearman(x.Ranks(RankDefinition.Average), y.Ranks(RankDefinition.Average));

        Assert.Equal(Correlation.Spearman(x, y), ours, 12);
    }

    [Fact]
    public void The_input_that_drives_the_outcome_ranks_first()
    {
        // y = x1² + 0.1·x2 on a 50 × 50 grid: Var(x1²) ≈ 4/45 = 0.089 against Var(0.1·x2) ≈ 0.01/12 = 0.0008,
        // so x1 explains about 99 % and x2 about 1 %; both push y up.
        var inputs = new[] { Tables.Uncertainty("x2"), Tables.Uncertainty("x1") };
        var table = new OutcomeTable(["only"], inputs, keepCapability: false);
        foreach (var (x1, x2) in Tables.Grid(50))
        {
            table.Add(0, [x2, x1], x1 * x1 + 0.1 * x2, Tables.Metrics(), null);
        }

        var summary = ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), Tables.Options(discovery: true));
        var score = summary.Importance.Single(r => r.Outcome == "score");

        Assert.Equal(["x1", "x2"], score.Inputs.Select(i => i.Input));
        Assert.InRange(score.Inputs[0].FirstOrder, 0.95, 1);
        Assert.InRange(score.Inputs[1].FirstOrder, 0, 0.05);
        Assert.True(score.Inputs[0].Spearman > 0.9);
        Assert.True(score.Inputs[1].Spearman > 0);
    }

    [Fact]
    public void A_constant_outcome_gives_every_input_zero_ranked_by_name()
    {
        var table = new OutcomeTable(["only"], [Tables.Uncertainty("zeta"), Tables.Uncertainty("alpha")], keepCapability: false);
        foreach (var (x1, x2) in Tables.Grid(10)) table.Add(0, [x1, x2], x1, Tables.Metrics(), null);

        var summary = ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), Tables.Options(discovery: true));
        var breaches = summary.Importance.Single(r => r.Outcome == "red_line_breaches");

        Assert.Equal(["alpha", "zeta"], breaches.Inputs.Select(i => i.Input));
        Assert.All(breaches.Inputs, i => Assert.Equal((0.0, 0.0, true), (i.FirstOrder, i.Spearman, i.Indistinguishable)));
    }

    [Fact]
    public void Importance_covers_score_every_metric_and_fail_in_that_order()
    {
        var table = new OutcomeTable(["only"], [Tables.Uncertainty("x")], keepCapability: false);
        for (var i = 0; i < 20; i++) table.Add(0, [i / 20.0], i, Tables.Metrics(), null);

        var summary = ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), Tables.Options(fail: "score > 15", discovery: true));

        Assert.Equal([.. OutcomeTable.Outcomes, "fail"], summary.Importance.Select(r => r.Outcome));
    }
}
