using ProcurementSim.Analysis.Output;

namespace ProcurementSim.Analysis.Tests;

public class ExperimentAnalysisTests
{
    [Fact]
    public void A_state_not_every_strategy_has_played_is_left_out()
    {
        // Stopped after alpha played state 2 but before bravo did: only states 0 and 1 count.
        var table = new OutcomeTable(["alpha", "bravo"], [Tables.Uncertainty("x")], keepCapability: true);
        table.Add(0, [0.1], 10, Tables.Metrics(), [0.5]);
        table.Add(1, [0.1], 20, Tables.Metrics(), [0.5]);
        table.Add(0, [0.2], 30, Tables.Metrics(), [0.5]);
        table.Add(1, [0.2], 40, Tables.Metrics(), [0.5]);
        table.Add(0, [0.3], 1000, Tables.Metrics(), [0.5]);

        var summary = ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), Tables.Options(fail: "score > 25", discovery: true));

        Assert.Equal(2, summary.States);
        Assert.Equal([2, 2], summary.Strategies.Select(s => s.Runs));
        Assert.Equal(20, summary.Strategies[0].Metrics[0].Mean); // (10 + 30) / 2, not counting 1000
        Assert.Equal([10.0, 0.0], summary.Strategies.Select(s => s.MaxRegret)); // bravo beats alpha by 10 in both states
        Assert.Equal(2, summary.Discovery[0].Runs);
    }

    [Fact]
    public void An_experiment_stopped_before_any_state_gives_undefined_statistics_written_as_null()
    {
        var table = new OutcomeTable(["alpha", "bravo"], [Tables.Uncertainty("x")], keepCapability: true);

        var summary = ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), Tables.Options(fail: "score > 25", discovery: true));
        var text = System.Text.Encoding.UTF8.GetString(ExperimentJson.ToBytes(summary));

        Assert.Equal(0, summary.States);
        Assert.True(double.IsNaN(summary.Strategies[0].Metrics[0].Mean));
        Assert.True(double.IsNaN(summary.Strategies[0].Satisficing));
        Assert.Null(summary.Discovery[0].Box);
        Assert.Contains("\"mean\": null", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_confidence_level_outside_zero_to_one_is_refused()
    {
        var table = Tables.Scores(["only"], [[1, 2]]);
        var options = Tables.Options() with { ConfidenceLevel = 1 };

        Assert.Throws<ArgumentOutOfRangeException>(() => ExperimentAnalysis.Summarize(table, Tables.Header(table), options));
    }

    [Fact]
    public void The_interval_uses_the_level_asked_for_and_the_methods_say_so()
    {
        var table = Tables.Scores(["only"], [[1, 2, 3, 4, 5]]);

        var summary = ExperimentAnalysis.Summarize(table, Tables.Header(table), Tables.Options() with { ConfidenceLevel = 0.95 });

        // t(0.975, 4) = 2.776445; s/√n = √0.5: half-width 1.963243.
        Assert.Equal(3 - 1.963243, summary.Strategies[0].ScoreMeanInterval.Low, 5);
        Assert.Contains(summary.Methods, m => m.Contains("L = 95 %", StringComparison.Ordinal));
    }
}
