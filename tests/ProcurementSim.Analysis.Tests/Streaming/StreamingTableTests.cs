using ProcurementSim.Analysis.Statistics;
using ProcurementSim.Analysis.Streaming;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Tests.Streaming;

public class StreamingTableTests
{
    private const int States = 4_000;

    /// <summary>Two strategies over <see cref="States"/> states with a deterministic spread of scores, costs and capability.</summary>
    private static OutcomeTable Fill(long budget, AnalysisOptions options)
    {
        var table = new OutcomeTable(["alpha", "bravo"], [Tables.Uncertainty("x")], keepCapability: true, options, budget);
        var random = new Random(11);
        for (var s = 0; s < States; s++)
        {
            var x = random.NextDouble();
            for (var k = 0; k < 2; k++)
            {
                var score = 40 + 30 * x + 10 * random.NextDouble() - 5 * k;
                var capability = 0.5 + 0.4 * random.NextDouble();
                table.Add(k, [x], score, Tables.Metrics(capability, cost: 1e6 * (1 + random.NextDouble())), [capability, capability / 2]);
            }
        }
        return table;
    }

    [Fact]
    public void Past_its_budget_the_table_streams_and_agrees_with_the_exact_summary()
    {
        var options = Tables.Options(satisficing: "score >= 55", fail: "score < 50", discovery: true);
        var exactTable = Fill(OutcomeTable.DefaultBudgetValues, options);
        var streamedTable = Fill(2_000, options);
        var exact = ExperimentAnalysis.Summarize(exactTable, Tables.Header(exactTable, "sweep"), options);
        var streamed = ExperimentAnalysis.Summarize(streamedTable, Tables.Header(streamedTable, "sweep"), options);

        Assert.True(exactTable.Exact);
        Assert.False(streamedTable.Exact);
        Assert.Equal(States, streamed.States);
        Assert.Equal(streamedTable.KeptLimit, streamedTable.KeptStates);
        Assert.True(streamedTable.KeptStates < States);
        for (var k = 0; k < 2; k++)
        {
            var (e, s) = (exact.Strategies[k], streamed.Strategies[k]);
            // Counts, regret and satisficing are exact over every state either way.
            Assert.Equal(e.ProbabilityBest, s.ProbabilityBest);
            Assert.Equal(e.MaxRegret, s.MaxRegret);
            Assert.Equal(e.Satisficing, s.Satisficing);
            Assert.Equal(e.Runs, s.Runs);
            for (var m = 0; m < e.Metrics.Count; m++)
            {
                var (a, b) = (e.Metrics[m], s.Metrics[m]);
                if (double.IsNaN(a.Mean))
                {
                    Assert.True(double.IsNaN(b.Mean), a.Metric); // not applicable in any run, either way
                    continue;
                }

                Assert.Equal(a.Mean, b.Mean, 1e-9 * Math.Max(1, Math.Abs(a.Mean)));
                Assert.Equal(a.StdDev, b.StdDev, 1e-9 * Math.Max(1, Math.Abs(a.StdDev)));
                Assert.Equal(a.Min, b.Min);
                Assert.Equal(a.Max, b.Max);
                // Type 7 interpolates between neighbours, the sketch reports the lower one within α; with 4,000
                // values the neighbours are close, so allow α plus a little.
                foreach (var (x, y) in new[] { (a.P10, b.P10), (a.P50, b.P50), (a.P90, b.P90) })
                {
                    Assert.True(Math.Abs(x - y) <= 2 * QuantileSketch.RelativeAccuracy * Math.Abs(x) + 1e-12, $"{a.Metric}: {x} against {y}");
                }
            }
        }
        Assert.Contains(streamed.Methods, line => line.StartsWith("Streamed statistics", StringComparison.Ordinal));
        Assert.DoesNotContain(exact.Methods, line => line.StartsWith("Streamed statistics", StringComparison.Ordinal));
        Assert.Equal(streamedTable.KeptStates, streamed.Discovery[0].Runs);
        Assert.Equal(2, streamed.Fan[0].P50.Count);
        Assert.InRange(streamed.Scatter[0].TotalCost.Count, 250, ScatterThinning.MaxPoints);
        Assert.Equal(exact.Scatter[0].MeanCost, streamed.Scatter[0].MeanCost, 1e-6);
    }

    [Fact]
    public void The_same_states_give_the_same_streamed_summary()
    {
        var options = Tables.Options(satisficing: "score >= 55", fail: "score < 50", discovery: true);
        var one = Fill(2_000, options);
        var two = Fill(2_000, options);

        Assert.Equal(
            ProcurementSim.Analysis.Output.ExperimentJson.ToBytes(ExperimentAnalysis.Summarize(one, Tables.Header(one, "sweep"), options)),
            ProcurementSim.Analysis.Output.ExperimentJson.ToBytes(ExperimentAnalysis.Summarize(two, Tables.Header(two, "sweep"), options)));
    }

    [Fact]
    public void A_streaming_table_refuses_options_with_other_criteria()
    {
        var table = Fill(2_000, Tables.Options(satisficing: "score >= 55"));

        Assert.Throws<ArgumentException>(() => ExperimentAnalysis.Summarize(table, Tables.Header(table), Tables.Options(satisficing: "score >= 60")));
    }

    [Fact]
    public void The_reservoir_keeps_early_and_late_states_alike()
    {
        const int size = 1_000, n = 100_000;
        var slots = new int[size];
        for (var i = 0L; i < n; i++)
        {
            var slot = Reservoir.Slot(i, size);
            if (slot >= 0) slots[slot] = (int)i;
        }

        // Uniform: about half the sample from each half of the states (binomial sd ≈ 16; allow 5 sd).
        var early = slots.Count(s => s < n / 2);
        Assert.InRange(early, 500 - 80, 500 + 80);
        Assert.Equal(Reservoir.Slot(77_777, size), Reservoir.Slot(77_777, size));
    }
}
