using ProcurementSim.Analysis.Pareto;

namespace ProcurementSim.Analysis.Tests.Pareto;

public class ParetoFrontTests
{
    [Fact]
    public void A_strategy_worse_on_every_objective_than_another_is_dominated()
    {
        // (capability, cost, breaches): bravo is beaten by alpha on all three; charlie buys capability with cost;
        // delta equals alpha, and equal points do not dominate each other.
        var efficient = ParetoFront.Efficient([new(0.8, 100, 0), new(0.7, 120, 1), new(0.9, 200, 0), new(0.8, 100, 0)]);

        Assert.Equal([true, false, true, true], efficient);
    }

    [Fact]
    public void Better_on_one_objective_and_equal_on_the_others_dominates()
    {
        Assert.True(ParetoFront.Dominates(new(0.8, 100, 0), new(0.8, 100, 1)));
        Assert.False(ParetoFront.Dominates(new(0.8, 100, 1), new(0.8, 100, 0)));
    }

    [Fact]
    public void The_front_is_computed_on_strategy_means()
    {
        // alpha: capability 0.8, cost 100 and 300 (mean 200). bravo: 0.8, cost 150 both times → bravo dominates alpha
        // on means even though alpha's first run is cheaper.
        var table = new OutcomeTable(["alpha", "bravo"], [], keepCapability: false);
        table.Add(0, [], 50, Tables.Metrics(0.8, 100), null);
        table.Add(1, [], 50, Tables.Metrics(0.8, 150), null);
        table.Add(0, [], 50, Tables.Metrics(0.8, 300), null);
        table.Add(1, [], 50, Tables.Metrics(0.8, 150), null);

        var summary = ExperimentAnalysis.Summarize(table, Tables.Header(table), Tables.Options());

        Assert.Equal(["bravo"], summary.ParetoFront);
        Assert.Equal([false, true], summary.Strategies.Select(s => s.ParetoEfficient));
    }
}
