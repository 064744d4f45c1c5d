using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Tests.Charts;

/// <summary>The sampled runs of the parallel-coordinates plot (ExperimentSummary.Runs).</summary>
public class RunSampleTests
{
    private static readonly string[] Strategies = ["alpha", "bravo"];

    // x = state / states (an uncertainty); alpha's lever "a.knob" = 2x, bravo's "b.knob" x / 2 (a state's inputs are shared); score = 100 x − 10 k; cost = 1000 × state.
    private static OutcomeTable Fill(int states, long budget = OutcomeTable.DefaultBudgetValues, AnalysisOptions? options = null)
    {
        var table = new OutcomeTable(Strategies, [Tables.Uncertainty("x"), Tables.Lever("a.knob", "alpha"), Tables.Lever("b.knob", "bravo")],
            keepCapability: false, options ?? Options, budget);
        for (var s = 0; s < states; s++)
        {
            var x = (double)s / states;
            for (var k = 0; k < 2; k++)
            {
                table.Add(k, [x, 2 * x, x / 2], 100 * x - 10 * k, Tables.Metrics(0.5, cost: 1000.0 * s), null);
            }
        }

        return table;
    }

    private static readonly AnalysisOptions Options = Tables.Options(fail: "score < 30");

    private static ExperimentSummary Summary(OutcomeTable table) =>
        ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), Options);

    private static SampledAxis Axis(SampledRuns runs, string name) => Assert.Single(runs.Axes, a => a.Name == name);

    [Fact]
    public void Fewer_states_than_the_bound_give_every_state_in_plan_order_with_the_strategy_s_own_inputs_then_the_outcomes_then_fail()
    {
        var summary = Summary(Fill(40));

        var runs = summary.Runs!;
        Assert.Equal(Strategies, runs.Select(r => r.Strategy));
        var alpha = runs[0];
        Assert.Equal(40, alpha.Runs);
        Assert.Equal(["x", "a.knob", "score", "mission_capability_mean", "total_cost", "capability_gap_weeks", "fail"], alpha.Axes.Select(a => a.Name));
        Assert.Equal(["x", "b.knob", "score", "mission_capability_mean", "total_cost", "capability_gap_weeks", "fail"], runs[1].Axes.Select(a => a.Name));
        Assert.All(alpha.Axes, a => Assert.Equal(40, a.Values.Count));
        Assert.Equal([true, true, false, false, false, false, false], alpha.Axes.Select(a => a.IsInput));
        // State 17: x = 0.425, the lever 0.85, score 42.5, cost 17,000; alpha does not fail (score ≥ 30), state 2 does.
        Assert.Equal(0.425, Axis(alpha, "x").Values[17]);
        Assert.Equal(0.85, Axis(alpha, "a.knob").Values[17]);
        Assert.Equal(42.5, Axis(alpha, "score").Values[17]);
        Assert.Equal(17_000, Axis(alpha, "total_cost").Values[17]);
        Assert.Equal(0.0, Axis(alpha, "fail").Values[17]);
        Assert.Equal(1.0, Axis(alpha, "fail").Values[2]);
        // Bravo scores 10 less: it fails up to state 15 (score 27.5) and not from state 16 (30).
        Assert.Equal(1.0, Axis(runs[1], "fail").Values[15]);
        Assert.Equal(0.0, Axis(runs[1], "fail").Values[16]);
        // An input's axis spans its range, an outcome's the values shown.
        Assert.Equal((0.0, 1.0), (Axis(alpha, "a.knob").Min, Axis(alpha, "a.knob").Max));
        Assert.Equal((0.0, 39_000.0), (Axis(alpha, "total_cost").Min, Axis(alpha, "total_cost").Max));
    }

    [Fact]
    public void More_states_than_the_bound_give_every_k_th_state_at_most_500()
    {
        var runs = Summary(Fill(1234)).Runs![0];

        // k = ⌈1234 / 500⌉ = 3: states 0, 3, …, 1233, that is 412 of them.
        Assert.Equal(412, runs.Runs);
        Assert.Equal(412, Axis(runs, "x").Values.Count);
        Assert.Equal(3000.0 * 100, Axis(runs, "total_cost").Values[100]);
        Assert.Equal(1233 * 1000.0, Axis(runs, "total_cost").Values[^1]);
    }

    [Fact]
    public void Without_a_fail_condition_there_is_no_fail_axis_and_a_compare_without_inputs_has_no_runs()
    {
        var table = Fill(10);
        var noFail = Tables.Options();
        var summary = ExperimentAnalysis.Summarize(table, Tables.Header(table, "sweep"), noFail);
        Assert.DoesNotContain(summary.Runs![0].Axes, a => a.Name == "fail");

        var compare = Tables.Scores(["alpha"], [[1, 2, 3]]);
        Assert.Empty(ExperimentAnalysis.Summarize(compare, Tables.Header(compare), noFail).Runs!);
    }

    [Fact]
    public void An_axis_with_a_value_that_is_not_a_number_in_a_run_shown_is_left_out()
    {
        var table = new OutcomeTable(["alpha"], [Tables.Uncertainty("x"), Tables.Lever("a.knob", "alpha")], keepCapability: false, Options);
        for (var s = 0; s < 5; s++) table.Add(0, [s / 5.0, s == 3 ? double.NaN : 1], 50, Tables.Metrics(), null);

        var runs = Summary(table).Runs![0];

        Assert.Equal(["x", "score", "mission_capability_mean", "total_cost", "capability_gap_weeks", "fail"], runs.Axes.Select(a => a.Name));
        Assert.Equal(5, runs.Runs);
    }

    [Fact]
    public void Past_its_budget_the_runs_are_every_k_th_of_the_kept_sample_the_same_each_time_and_at_most_500()
    {
        var options = Tables.Options(fail: "score < 30");
        var first = Summary(Fill(20_000, budget: 20_000, options)).Runs![0];
        var again = Summary(Fill(20_000, budget: 20_000, options)).Runs![0];

        Assert.InRange(first.Runs, 250, 500);
        Assert.Equal(Axis(first, "x").Values, Axis(again, "x").Values);
        // Each line is one state: the cost is 1000 × the state, x the state over 20,000.
        Assert.All(Enumerable.Range(0, first.Runs), i => Assert.Equal(Axis(first, "total_cost").Values[i] / 1000 / 20_000, Axis(first, "x").Values[i], 12));
    }
}
