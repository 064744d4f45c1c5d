namespace ProcurementSim.Analysis.Tests.Charts;

public class ChartTests
{
    [Fact]
    public void The_fan_gives_each_week_the_type_7_decile_band_over_the_runs()
    {
        var table = new OutcomeTable(["only"], [], keepCapability: true);
        // Week 0 across runs: 0.1 … 0.5. Week 1: all 0.9.
        foreach (var c in new[] { 0.3, 0.1, 0.5, 0.2, 0.4 }) table.Add(0, [], 50, Tables.Metrics(), [c, 0.9]);

        var fan = ExperimentAnalysis.Summarize(table, Tables.Header(table), Tables.Options()).Fan.Single();

        // n = 5: P10 at h = 1.4 → 0.1 + 0.4·0.1; median 0.3; P90 at h = 4.6 → 0.4 + 0.6·0.1.
        Assert.Equal("only", fan.Strategy);
        Assert.Equal(0.14, fan.P10[0], 12);
        Assert.Equal(0.3, fan.P50[0], 12);
        Assert.Equal(0.46, fan.P90[0], 12);
        Assert.Equal([0.9, 0.9, 0.9], new[] { fan.P10[1], fan.P50[1], fan.P90[1] });
    }

    [Fact]
    public void No_fan_without_kept_capability()
    {
        var table = Tables.Scores(["only"], [[1, 2]]);

        Assert.Empty(ExperimentAnalysis.Summarize(table, Tables.Header(table), Tables.Options()).Fan);
    }

    [Fact]
    public void The_scatter_keeps_every_kth_state_up_to_five_hundred_and_the_means_of_all()
    {
        // 1,001 states: k = ⌈1001 / 500⌉ = 3, so states 0, 3, …, 999: 334 points. Cost of state s is s: mean 500.
        var table = new OutcomeTable(["only"], [], keepCapability: false);
        for (var s = 0; s < 1001; s++) table.Add(0, [], 50, Tables.Metrics(capability: 0.5, cost: s), null);

        var scatter = ExperimentAnalysis.Summarize(table, Tables.Header(table), Tables.Options()).Scatter.Single();

        Assert.Equal(334, scatter.TotalCost.Count);
        Assert.Equal([0.0, 3, 6], scatter.TotalCost.Take(3));
        Assert.Equal(999, scatter.TotalCost[^1]);
        Assert.Equal(500, scatter.MeanCost, 9);
        Assert.Equal(0.5, scatter.MeanCapability, 12);
    }
}
