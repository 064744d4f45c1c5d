using System.Text;
using ProcurementSim.Analysis.Output;
using ProcurementSim.Analysis.Sensitivity;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Conditions;

namespace ProcurementSim.Analysis.Tests.Sensitivity;

public class SobolSummaryTests
{
    private const int Rows = 4_096;

    private static readonly string[] Inputs = ["x1", "x2", "x3"];

    /// <summary>The Ishigami function as the score of one strategy, every metric constant but transition_weeks (not applicable).</summary>
    private static (OutcomeTable Table, AnalysisOptions Options) Ishigami(int rows = Rows, int played = Rows, int resamples = 400)
    {
        var options = new AnalysisOptions([Condition.Parse("score >= 0")], Condition.Parse("score > 10"), Discovery: false,
            Sobol: new SobolOptions(new SobolLayout(rows, 3), 1, 42, resamples));
        var table = new OutcomeTable(["alpha"], [.. Inputs.Select(n => Tables.Uncertainty(n))], keepCapability: false, options);
        foreach (var x in Sensitivity.Ishigami.Points(rows, seed: 9).Take(played * 5))
        {
            table.Add(0, x, Sensitivity.Ishigami.F(x[0], x[1], x[2]), Tables.Metrics(), null);
        }

        return (table, options);
    }

    [Fact]
    public void The_summary_carries_Ishigami_indices_whose_bootstrap_intervals_hold_the_analytic_values()
    {
        var (table, options) = Ishigami();
        var sobol = ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), options).Sobol!;

        Assert.Equal((Rows, Rows, 400, 0.95), (sobol.BaseRows, sobol.Rows, sobol.Resamples, sobol.Level));
        var score = sobol.Rankings.Single(r => r.Outcome == "score");
        Assert.Equal(Inputs, score.Inputs.Select(i => i.Input));
        for (var i = 0; i < 3; i++)
        {
            var index = score.Inputs[i];
            // 95 % intervals: each misses its value one time in twenty by chance, so a 0.01 margin is allowed; an
            // interval that does not move with the estimate, or the wrong estimator, misses by more.
            Assert.InRange(Sensitivity.Ishigami.First[i], index.FirstLow - 0.01, index.FirstHigh + 0.01);
            Assert.InRange(Sensitivity.Ishigami.Total[i], index.TotalLow - 0.01, index.TotalHigh + 0.01);
            Assert.True(index.FirstLow <= index.First && index.First <= index.FirstHigh, $"S{i + 1} outside its interval");
            Assert.True(index.TotalLow <= index.Total && index.Total <= index.TotalHigh, $"ST{i + 1} outside its interval");
            // With N = 4,096 the standard error is about 1.6/64 = 0.025, so the interval is about 0.1 wide, not 0 and not 1.
            Assert.InRange(index.TotalHigh - index.TotalLow, 0.005, 0.2);
        }
    }

    [Fact]
    public void A_constant_metric_has_indices_0_and_a_metric_that_never_applies_has_no_rows()
    {
        var (table, options) = Ishigami(rows: 64, played: 64, resamples: 50);
        var sobol = ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), options).Sobol!;

        var constant = sobol.Rankings.Single(r => r.Outcome == "red_line_breaches");
        Assert.Equal(0, constant.Variance);
        Assert.All(constant.Inputs, i => Assert.Equal((0.0, 0.0, 0.0, 0.0, 0.0, 0.0), (i.First, i.FirstLow, i.FirstHigh, i.Total, i.TotalLow, i.TotalHigh)));
        var never = sobol.Rankings.Single(r => r.Outcome == "transition_weeks");
        Assert.Equal(0, never.Rows);
        Assert.All(never.Inputs, i => Assert.True(double.IsNaN(i.Total)));
        Assert.Equal(64, sobol.Rankings.Single(r => r.Outcome == "fail").Rows);
    }

    [Fact]
    public void A_stopped_sweep_uses_the_base_rows_whose_every_sample_was_played()
    {
        var (table, options) = Ishigami(rows: 64, played: 64, resamples: 20);
        var (partial, _) = Ishigami(rows: 64, played: 40, resamples: 20);
        partial.Add(0, [0.0, 0.0, 0.0], 1, Tables.Metrics(), null); // the first sample of row 40, alone

        var sobol = ExperimentAnalysis.Summarize(partial, Tables.Header(partial, "sweep"), options).Sobol!;

        Assert.Equal(40, sobol.Rows);
        Assert.Equal(64, sobol.BaseRows);
        Assert.Equal(40, sobol.Rankings.Single(r => r.Outcome == "score").Rows);
        Assert.NotEqual(
            ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), options).Sobol!.Rankings[0].Inputs[0].Total,
            sobol.Rankings[0].Inputs[0].Total);
    }

    [Fact]
    public void Resampling_the_outputs_in_chunks_gives_the_same_indices_as_all_at_once()
    {
        var options = new SobolOptions(new SobolLayout(200, 3), 1, 42, 50);
        var fail = Condition.Parse("score > 10");
        var whole = new SobolAccumulator(options, 2, fail);
        var chunked = new SobolAccumulator(options, 2, fail) { TermsBudget = 1 };
        var state = 0;
        foreach (var x in Sensitivity.Ishigami.Points(200, seed: 4))
        {
            var y = Sensitivity.Ishigami.F(x[0], x[1], x[2]);
            double[][] outcomes = [.. Enumerable.Range(0, 2).Select(k => Enumerable.Range(0, OutcomeTable.Outcomes.Count).Select(o => (y * (k + 1)) + o).ToArray())];
            whole.Add(state, outcomes);
            chunked.Add(state++, outcomes);
        }

        string[] strategies = ["alpha", "bravo"];
        var columns = Inputs.Select(n => Tables.Uncertainty(n)).ToArray();
        Assert.Equal(whole.Result(state, strategies, columns).Rankings, chunked.Result(state, strategies, columns).Rankings, new RankingComparer());
    }

    [Fact]
    public void With_replications_a_samples_value_is_the_mean_of_its_replications()
    {
        // Replications 0 and 1 of each sample give y − 1 and y + 1001 (mean y + 500), and fail (score > 500) in the
        // second only: the score's indices are those of y itself, and the fail share is ½ everywhere, a constant with indices 0.
        var fail = Condition.Parse("score > 500");
        var replicated = new SobolAccumulator(new SobolOptions(new SobolLayout(100, 3), 2, 42, 20), 1, fail);
        var single = new SobolAccumulator(new SobolOptions(new SobolLayout(100, 3), 1, 42, 20), 1, fail);
        var state = 0;
        foreach (var x in Sensitivity.Ishigami.Points(100, seed: 6).Select((x, i) => (x, i)))
        {
            var y = Sensitivity.Ishigami.F(x.x[0], x.x[1], x.x[2]);
            single.Add(x.i, [Outcomes(y)]);
            replicated.Add(state++, [Outcomes(y - 1)]);
            replicated.Add(state++, [Outcomes(y + 1 + 1000)]);
        }

        string[] strategies = ["alpha"];
        var columns = Inputs.Select(n => Tables.Uncertainty(n)).ToArray();
        var expected = single.Result(500, strategies, columns).Rankings.Single(r => r.Outcome == "score");
        var result = replicated.Result(1000, strategies, columns);
        var score = result.Rankings.Single(r => r.Outcome == "score");
        Assert.Equal(expected.Inputs.Select(i => i.Total), score.Inputs.Select(i => i.Total), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(expected.Inputs.Select(i => i.First), score.Inputs.Select(i => i.First), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.All(result.Rankings.Single(r => r.Outcome == "fail").Inputs, i => Assert.Equal((0.0, 0.0), (i.First, i.Total)));
        Assert.Equal(100, result.Rows);
    }

    private static double[] Outcomes(double score) => [score, .. Enumerable.Repeat(0.0, OutcomeTable.Outcomes.Count - 1)];

    private sealed class RankingComparer : IEqualityComparer<Summary.SobolRanking>
    {
        public bool Equals(Summary.SobolRanking? x, Summary.SobolRanking? y) =>
            x!.Strategy == y!.Strategy && x.Outcome == y.Outcome && x.Rows == y.Rows && x.Variance.Equals(y.Variance) && x.Inputs.SequenceEqual(y.Inputs);

        public int GetHashCode(Summary.SobolRanking obj) => obj.Outcome.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_json_has_a_sobol_section_only_when_the_indices_were_computed()
    {
        var (table, options) = Ishigami(rows: 16, played: 16, resamples: 10);
        var with = Encoding.UTF8.GetString(ExperimentJson.ToBytes(ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), options)));
        var plainOptions = options with { Sobol = null };
        var plain = new OutcomeTable(["alpha"], [.. Inputs.Select(n => Tables.Uncertainty(n))], keepCapability: false, plainOptions);
        plain.Add(0, [1.0, 2.0, 3.0], 1, Tables.Metrics(), null);
        var without = Encoding.UTF8.GetString(ExperimentJson.ToBytes(ExperimentAnalysis.Summarize(plain, Tables.Header(plain, "sweep"), plainOptions)));

        Assert.Contains("\"sobol\": {", with, StringComparison.Ordinal);
        Assert.Contains("\"total_order_high\"", with, StringComparison.Ordinal);
        Assert.DoesNotContain("sobol", without, StringComparison.Ordinal);
    }
}
