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
    public void A_continuous_peel_removes_the_runs_below_the_boxs_alpha_quantile()
    {
        // x = 0..99, failures x ≥ 90. The workbench's quantile at (N − 1)α: step 1, N = 100, position 4.95 → midpoint of
        // x = 4 and 5, limit 4.5, so ⌊99 × 0.05⌋ + 1 = 5 runs go (mass 0.95). Step 2, N = 95, position 94 × 0.05 = 4.7 →
        // limit 9.5, again 5 runs (⌊0.05 × 95⌋ = 4 under the old convention), mass 0.90, density 10/90.
        var x = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var (box, trajectory) = Prim.Run([new DiscoveryInput("x", x, false)], [.. x.Select(v => v >= 90)], resample: false);

        Assert.Equal(new PrimStep(0, 1, 0.1, 1, 0), trajectory[0]);
        Assert.Equal(0.95, trajectory[1].Mass, 12);
        Assert.Equal(10.0 / 95, trajectory[1].Density, 12);
        Assert.Equal(0.90, trajectory[2].Mass, 12);
        Assert.Equal(10.0 / 90, trajectory[2].Density, 12);
        Assert.Equal(1, trajectory[2].RestrictedInputs);
        // It ends on the ten failures (density 1, mass 0.10): the chosen box, its lower limit halfway between 89 and 90.
        Assert.Equal(1, trajectory[^1].Density);
        Assert.Equal(0.1, trajectory[^1].Mass, 12);
        var limit = Assert.IsType<PrimBox>(box).Limits[0];
        Assert.Equal((89.5, 99.0, true), (limit.Low, limit.High, limit.Restricted));
    }

    [Fact]
    public void A_peel_of_n_distinct_values_removes_floor_of_n_minus_one_times_alpha_plus_one()
    {
        // N = 21: (21 − 1) × 0.05 = 1, so ⌊1⌋ + 1 = 2 runs go at either end (⌊21 × 0.05⌋ = 1 under the old convention).
        // Failures x ≥ 15: the lower peel removes x = 0 and 1 (limit 1.5): 19 runs, 6 failures.
        var x = Enumerable.Range(0, 21).Select(i => (double)i).ToArray();
        var (_, trajectory) = Prim.Run([new DiscoveryInput("x", x, false)], [.. x.Select(v => v >= 15)], resample: false);

        Assert.Equal(19.0 / 21, trajectory[1].Mass, 12);
        Assert.Equal(6.0 / 19, trajectory[1].Density, 12);
        Assert.Equal(1.5, PrimSearch.Quantile(x, PrimSearch.PeelAlpha));
        Assert.Equal(18.5, PrimSearch.Quantile(x, 1 - PrimSearch.PeelAlpha)); // the upper peel would remove 19 and 20
    }

    [Fact]
    public void Peeling_stops_at_the_first_best_peel_that_fails_the_mass_test()
    {
        // 40 runs; x = 0..39 (continuous), d = 1 for the run at x = 20 only (an integer input). Failures: x = 0 and x = 20.
        // The best peel drops the value d = 0 (39 runs, one failure): the run left fails, density 1, but 1 run is under the minimum
        // mass of 2 (0.05 × 40), so the workbench stops there, although peeling x from above (x = 38, 39, no failure)
        // would be allowed and raise the density. The old convention went on with that peel.
        var x = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();
        var d = x.Select(v => v == 20 ? 1.0 : 0.0).ToArray();
        var (box, trajectory) = Prim.Run(
            [new DiscoveryInput("x", x, false), new DiscoveryInput("d", d, true)], [.. x.Select(v => v is 0 or 20)], resample: false);

        Assert.Equal([new PrimStep(0, 1, 0.05, 1, 0)], trajectory);
        Assert.DoesNotContain(Assert.IsType<PrimBox>(box).Limits, l => l.Restricted);
    }

    [Fact]
    public void Peeling_stops_when_no_peel_raises_the_density()
    {
        // Failures at both ends of x (x < 10 or x ≥ 90): every peel removes failures and lowers the density, so the
        // trajectory is the whole space alone (the old convention made the least bad peel and went on).
        var x = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var (_, trajectory) = Prim.Run([new DiscoveryInput("x", x, false)], [.. x.Select(v => v is < 10 or >= 90)], resample: false);

        Assert.Single(trajectory);
    }

    [Fact]
    public void Equal_peels_go_to_the_one_that_restricts_no_new_input()
    {
        // 40 runs i = 0..39, inputs listed y first, then x. x = 0 for runs 0–2 (tied), else i; y = (i + 20) mod 40.
        // Failures: runs 18, 19 and 30–39 (12). Step 1: x's lower peel removes the three tied runs (no failure), better per
        // run than y's two (runs 20, 21): x is restricted. Step 2 (37 runs, peels of ⌊36 × 0.05⌋ + 1 = 2): x from below
        // (runs 3, 4) and y from below (runs 20, 21) both remove two non-failures, equal objectives and equal boxes; the
        // workbench takes x, which leaves one input restricted, not y (listed first), which would make two.
        var x = Enumerable.Range(0, 40).Select(i => i < 3 ? 0.0 : i).ToArray();
        var y = Enumerable.Range(0, 40).Select(i => (double)((i + 20) % 40)).ToArray();
        var cases = Enumerable.Range(0, 40).Select(i => i is 18 or 19 or >= 30).ToArray();
        var (_, trajectory) = Prim.Run([new DiscoveryInput("y", y, false), new DiscoveryInput("x", x, false)], cases, resample: false);

        Assert.Equal(37.0 / 40, trajectory[1].Mass, 12);
        Assert.Equal(35.0 / 40, trajectory[2].Mass, 12);
        Assert.Equal(1, trajectory[2].RestrictedInputs);
    }

    [Fact]
    public void Pasting_adds_back_a_slice_that_peeling_cut_too_early()
    {
        // A 20 × 20 grid of integers-as-reals x, y in 0..19. Failures: for y ≥ 10, x = 9 always and x ≥ 10 unless
        // (x + y) mod 5 = 0 (8 of every 10); for y < 10, x ≥ 10 when (x + y) mod 5 ∈ {0, 1, 2} (6 of 10); none
        // for x ≤ 8. Peeling removes the empty columns x = 0–8, then column 9 (10 of 20 failures, below the box's
        // density), then the rows y = 0–9 (density 0.6 against 0.7), ending at x ≥ 10, y ≥ 10: 80 of 100. There column
        // 9 holds 10 failures in 10 runs: pasting x's lower limit back to the quantile 0.95 of x below the box
        // (8.5, halfway between 8 and 9) gives 90 of 110 runs, denser, and that is the box chosen.
        var grid = (from i in Enumerable.Range(0, 20) from j in Enumerable.Range(0, 20) select (x: (double)i, y: (double)j)).ToArray();
        var cases = grid.Select(p => p.y >= 10
            ? p.x == 9 || (p.x >= 10 && (p.x + p.y) % 5 != 0)
            : p.x >= 10 && (p.x + p.y) % 5 <= 2).ToArray();
        var (box, trajectory) = Prim.Run(
            [new DiscoveryInput("x", [.. grid.Select(p => p.x)], false), new DiscoveryInput("y", [.. grid.Select(p => p.y)], false)], cases, resample: false);

        var lastPeel = trajectory.Last(s => !s.Pasted);
        Assert.Equal((0.8, 0.25), (lastPeel.Density, lastPeel.Mass));
        var pasted = Assert.Single(trajectory, s => s.Pasted);
        Assert.Equal(90.0 / 110, pasted.Density, 12);
        Assert.Equal(trajectory.Count - 1, pasted.Step);
        var chosen = Assert.IsType<PrimBox>(box);
        Assert.Equal(pasted.Step, chosen.Step);
        Assert.Equal((8.5, 19.0), (chosen.Limits[0].Low, chosen.Limits[0].High));
        Assert.Equal((9.5, 19.0), (chosen.Limits[1].Low, chosen.Limits[1].High));
    }

    [Fact]
    public void The_quasi_p_value_of_a_limit_is_the_binomial_tail_at_the_density_without_it()
    {
        // x = 0..99, failures x ≥ 90: the box [89.5, 99] holds 10 runs, all failures; without its lower limit it is the whole
        // space, density 0.1, so the quasi-p-value is P(X ≥ 10) for X ~ Binomial(10, 0.1) = 0.1¹⁰. The upper limit is not
        // restricted: no value.
        var x = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var (box, _) = Prim.Run([new DiscoveryInput("x", x, false)], [.. x.Select(v => v >= 90)], resample: false);

        var limit = Assert.IsType<PrimBox>(box).Limits[0];
        Assert.Equal(1e-10, limit.QuasiPLow!.Value, 1e-22);
        Assert.Null(limit.QuasiPHigh);
        // P(X ≥ 3) for X ~ Binomial(4, ½) = (4 + 1)/16.
        Assert.Equal(5.0 / 16, Prim.UpperTail(3, 4, 0.5), 12);
        Assert.Equal(1, Prim.UpperTail(0, 4, 0.5));
    }

    [Fact]
    public void A_planted_box_is_found_with_low_quasi_p_values_and_reproduced_while_a_noise_input_is_not()
    {
        // 2,000 runs with x1, x2, noise uniform on [0, 1) (seeded); a run fails when x1 < 0.3 and x2 > 0.6 with probability
        // 0.9 and elsewhere with probability 0.05.
        var random = new Random(5);
        var n = 2000;
        var x1 = new double[n];
        var x2 = new double[n];
        var noise = new double[n];
        var cases = new bool[n];
        for (var i = 0; i < n; i++)
        {
            (x1[i], x2[i], noise[i]) = (random.NextDouble(), random.NextDouble(), random.NextDouble());
            cases[i] = random.NextDouble() < (x1[i] < 0.3 && x2[i] > 0.6 ? 0.9 : 0.05);
        }

        var (box, _) = Prim.Run(
            [new DiscoveryInput("x1", x1, false), new DiscoveryInput("x2", x2, false), new DiscoveryInput("noise", noise, false)], cases, seed: 3);

        var chosen = Assert.IsType<PrimBox>(box);
        var (l1, l2, l3) = (chosen.Limits[0], chosen.Limits[1], chosen.Limits[2]);
        Assert.InRange(l1.High, 0.27, 0.33);
        Assert.InRange(l2.Low, 0.57, 0.63);
        Assert.True(l1.QuasiPHigh < 1e-10, $"x1 {l1.QuasiPHigh}");
        Assert.True(l2.QuasiPLow < 1e-10, $"x2 {l2.QuasiPLow}");
        Assert.Equal((1.0, 1.0), (l1.ReproduceCoverage, l2.ReproduceCoverage));
        Assert.True(l3.ReproduceCoverage <= 0.5, $"noise reproduced in {l3.ReproduceCoverage}");
        Assert.True(!l3.Restricted || (l3.QuasiPLow ?? 1) > 0.05 && (l3.QuasiPHigh ?? 1) > 0.05, $"noise {l3}");
    }

    [Fact]
    public void A_discrete_input_is_peeled_one_whole_value_at_a_time()
    {
        // d takes 0, 1, 2, 3 (25 runs each); failures are d = 3. The lower quantile (position 99 × 0.05 = 4.95, widened past
        // the tied 0s to 0.5) truncates to the lower limit 0, so the value 0 goes whole; then 1, then 2:
        // densities 25/100, 25/75, 25/50, 25/25.
        var d = Enumerable.Range(0, 100).Select(i => (double)(i % 4)).ToArray();
        var (box, trajectory) = Prim.Run([new DiscoveryInput("d", d, true)], [.. d.Select(v => v == 3)], resample: false);

        Assert.Equal([0.25, 1.0 / 3, 0.5, 1.0], trajectory.Select(s => s.Density));
        Assert.Equal([1.0, 0.75, 0.5, 0.25], trajectory.Select(s => s.Mass));
        var limit = Assert.IsType<PrimBox>(box).Limits[0];
        Assert.Equal(("d", 3.0, 3.0, true), (limit.Input, limit.Low, limit.High, limit.Restricted));
    }

    [Fact]
    public void The_chosen_box_is_the_densest_that_keeps_half_of_the_cases_of_interest()
    {
        // A trajectory (peels raise the density; a paste may too): step 3 is the densest (1.0) but covers 0.3; of the
        // boxes covering ≥ 0.5, steps 1 and 4 share the highest density 0.6 and step 4 covers more.
        PrimStep[] steps =
        [
            new(0, 1, 0.2, 1, 0), new(1, 0.6, 0.6, 0.2, 1), new(2, 0.5, 0.55, 0.18, 2), new(3, 0.3, 1, 0.06, 2), new(4, 0.7, 0.6, 0.23, 2, true),
        ];

        Assert.Equal(4, Prim.Choose(steps));
        Assert.Equal(1, Prim.Choose(steps[..4]));              // without step 4
        Assert.Equal(1, Prim.Choose([.. steps[..4], steps[1] with { Step = 4 }])); // equal density and coverage: the earlier box
        Assert.Equal(0, Prim.Choose([steps[0], steps[3]]));   // only the whole space covers half
    }

    [Fact]
    public void Peels_are_compared_by_density_gained_per_run_removed()
    {
        // x = 0..99 (continuous), d = x mod 5 (integer, 20 runs per value). Cases: x ≥ 60 except x = 60, 65, 70, 75, 80
        // (d = 0): 35 of 100, density 0.35. First-step candidates:
        //   x from below: removes x 0–4 (⌊99 × 0.05⌋ + 1 = 5 runs, no case): density 35/95 = 0.3684, gain per run 0.0037;
        //   d = 0 whole: removes 20 runs, 3 cases (85, 90, 95): density 32/80 = 0.40, gain per run 0.05/20 = 0.0025;
        //   x from above and d = 4 lower the density.
        // The densest box would come from dropping d = 0; per run removed, peeling x is better, so x goes first.
        var x = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var d = x.Select(v => v % 5).ToArray();
        var cases = x.Select(v => v >= 60 && !(v <= 80 && v % 5 == 0)).ToArray();

        var (_, trajectory) = Prim.Run([new DiscoveryInput("x", x, false), new DiscoveryInput("d", d, true)], cases, resample: false);

        Assert.Equal(0.35, trajectory[0].Density, 12);
        Assert.Equal(0.95, trajectory[1].Mass, 12);
        Assert.Equal(35.0 / 95, trajectory[1].Density, 12);
    }
}
