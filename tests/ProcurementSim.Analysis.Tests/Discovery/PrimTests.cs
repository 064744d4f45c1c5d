using ProcurementSim.Analysis.Discovery;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Tests.Discovery;

public class PrimTests
{
    /// <summary>
    /// A 50 × 50 grid of (x1, x2) and one strategy whose score is 0 when x1 &gt; 0.7 and 100 otherwise, plus a lever of
    /// another strategy (which must not enter this strategy's box).
    /// </summary>
    private static ExperimentSummary GridSummary()
    {
        var inputs = new[] { Tables.Uncertainty("x1"), Tables.Uncertainty("x2"), Tables.Lever("their_lever", "other") };
        var table = new OutcomeTable(["mine", "other"], inputs, keepCapability: false);
        var grid = Tables.Grid(50);
        for (var i = 0; i < grid.Length; i++)
        {
            var (x1, x2) = grid[i];
            var lever = (i * 7 % 50 + 0.5) / 50;
            table.Add(0, [x1, x2, lever], x1 > 0.7 ? 0 : 100, Tables.Metrics(), null);
            table.Add(1, [x1, x2, lever], 100, Tables.Metrics(), null);
        }

        return ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), Tables.Options(fail: "score < 50", discovery: true));
    }

    [Fact]
    public void The_box_of_a_threshold_failure_restricts_only_that_input()
    {
        var prim = GridSummary().Discovery[0];

        // x1 = (i + ½)/50 > 0.7 ⇔ i ≥ 35: 15 columns of 50 runs = 750 of 2,500.
        Assert.Equal("mine", prim.Strategy);
        Assert.Equal("score < 50", prim.Condition);
        Assert.Equal(750, prim.CasesOfInterest);
        Assert.Equal(2500, prim.Runs);
        var box = Assert.IsType<PrimBox>(prim.Box);
        Assert.Equal(["x1", "x2"], box.Limits.Select(l => l.Input)); // the other strategy's lever is left out
        var x1 = box.Limits[0];
        Assert.True(x1.Restricted);
        Assert.InRange(x1.Low, 0.69, 0.72);   // the first failing column is 0.71
        Assert.Equal(0.99, x1.High, 12);      // the top of the grid: not cut
        Assert.False(box.Limits[1].Restricted);
        Assert.True(box.Density >= 0.95, $"density {box.Density}");
        Assert.True(box.Coverage >= 0.5, $"coverage {box.Coverage}");
    }

    [Fact]
    public void A_strategy_that_never_fails_has_no_box_and_an_empty_trajectory()
    {
        var prim = GridSummary().Discovery[1];

        Assert.Equal(0, prim.CasesOfInterest);
        Assert.Null(prim.Box);
        Assert.Empty(prim.Trajectory);
    }

    [Fact]
    public void When_every_run_fails_the_box_is_null_and_the_trajectory_is_the_whole_space()
    {
        var (box, trajectory) = Prim.Run([new DiscoveryInput("x", [1, 2, 3], false)], [true, true, true]);

        Assert.Null(box);
        Assert.Equal([new PrimStep(0, 1, 1, 1, 0)], trajectory);
    }

    [Fact]
    public void A_continuous_peel_removes_alpha_of_the_box()
    {
        // x = 0..99, failures x ≥ 90. Step 1 peels ⌊0.05 × 100⌋ = 5 runs (x 0–4) from below: mass 0.95, density 10/95.
        // Step 2 peels ⌊0.05 × 95⌋ = 4 runs: mass 0.91, density 10/91.
        var x = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var (_, trajectory) = Prim.Run([new DiscoveryInput("x", x, false)], [.. x.Select(v => v >= 90)]);

        Assert.Equal(new PrimStep(0, 1, 0.1, 1, 0), trajectory[0]);
        Assert.Equal(0.95, trajectory[1].Mass, 12);
        Assert.Equal(10.0 / 95, trajectory[1].Density, 12);
        Assert.Equal(0.91, trajectory[2].Mass, 12);
        Assert.Equal(10.0 / 91, trajectory[2].Density, 12);
        Assert.Equal(1, trajectory[2].RestrictedInputs);
        // It ends on the ten failures: density 1, coverage 1, mass 0.10 (above the 0.05 minimum).
        Assert.Equal(1, trajectory[^1].Density);
        Assert.Equal(0.1, trajectory[^1].Mass, 12);
    }

    [Fact]
    public void A_discrete_input_is_peeled_one_whole_value_at_a_time()
    {
        // d takes 0, 1, 2, 3 (25 runs each); failures are d = 3. Each peel drops the lowest value:
        // densities 25/100, 25/75, 25/50, 25/25.
        var d = Enumerable.Range(0, 100).Select(i => (double)(i % 4)).ToArray();
        var (box, trajectory) = Prim.Run([new DiscoveryInput("d", d, true)], [.. d.Select(v => v == 3)]);

        Assert.Equal([0.25, 1.0 / 3, 0.5, 1.0], trajectory.Select(s => s.Density));
        Assert.Equal([1.0, 0.75, 0.5, 0.25], trajectory.Select(s => s.Mass));
        Assert.Equal(new BoxLimit("d", 3, 3, true), Assert.IsType<PrimBox>(box).Limits[0]);
    }

    [Fact]
    public void The_chosen_box_is_the_densest_that_keeps_half_of_the_cases_of_interest()
    {
        // x = 0..99; failures: the even x in 50–88 (20) and x in 95–99 (5), 25 in all. Peeling from below reaches [95, 99]
        // (density 1) but that box covers 5/25 = 0.2. Every box [e, 99] from an even e in 50–80 has density exactly 0.5
        // ((88 − e)/2 + 1 + 5 failures in 100 − e runs), none with coverage ≥ 0.5 is denser, and among them [50, 99]
        // covers the most (25/25).
        var x = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var (box, trajectory) = Prim.Run([new DiscoveryInput("x", x, false)], [.. x.Select(v => v >= 95 || (v >= 50 && v <= 88 && v % 2 == 0))]);

        Assert.Contains(trajectory, s => s.Density == 1 && s.Coverage < 0.5);
        var chosen = Assert.IsType<PrimBox>(box);
        Assert.Equal((0.5, 1.0, 0.5), (chosen.Density, chosen.Coverage, chosen.Mass));
        Assert.Equal(new BoxLimit("x", 50, 99, true), chosen.Limits[0]);
    }

    [Fact]
    public void Peels_are_compared_by_density_gained_per_run_removed()
    {
        // x = 0..99 (continuous), d = x mod 5 (discrete, 20 runs per value). Cases: x ≥ 60 except x = 60, 65, 70, 75, 80
        // (d = 0): 35 of 100, density 0.35. First-step candidates:
        //   x from below: removes x 0–4 (5 runs, no case): density 35/95 = 0.3684, gain per run (0.3684 − 0.35)/5 = 0.0037;
        //   d = 0 whole: removes 20 runs, 3 cases (85, 90, 95): density 32/80 = 0.40, gain per run 0.05/20 = 0.0025;
        //   x from above and d = 4 lower the density.
        // The densest box would come from dropping d = 0; per run removed, peeling x is better, so x goes first.
        var x = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var d = x.Select(v => v % 5).ToArray();
        var cases = x.Select(v => v >= 60 && !(v <= 80 && v % 5 == 0)).ToArray();

        var (_, trajectory) = Prim.Run([new DiscoveryInput("x", x, false), new DiscoveryInput("d", d, true)], cases);

        Assert.Equal(0.35, trajectory[0].Density, 12);
        Assert.Equal(0.95, trajectory[1].Mass, 12);
        Assert.Equal(35.0 / 95, trajectory[1].Density, 12);
    }
}
