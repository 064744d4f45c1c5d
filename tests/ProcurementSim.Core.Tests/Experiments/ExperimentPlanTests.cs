using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Execution;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Experiments;

public sealed class ExperimentPlanTests
{
    private static Scenario Teaching => ReferenceScenarios.Load("teaching-minimal.yaml");

    private static ExperimentSpec StandoffExperiment => ReferenceScenarios.StandoffExperiment;

    private static ExperimentPlan Plan(Scenario s, int samples = 6, int replications = 1, bool capability = false, ExperimentDesign design = ExperimentDesign.MonteCarlo)
    {
        var request = new ExperimentRequest(design, samples, replications, 42, [.. s.Strategies.Select(x => x.Name)], IncludeLevers: true, capability);
        var experiment = ReferenceEquals(s, ReferenceScenarios.StandoffScenario) ? StandoffExperiment : ExperimentSpec.None;
        Assert.True(ExperimentPlan.TryCreate(s, experiment, request, out var plan, out var error), error);
        return plan!;
    }

    [Fact]
    public void Runs_are_ordered_state_by_state_with_every_strategy_in_each_state()
    {
        var s = Teaching;
        var plan = Plan(s, samples: 3, replications: 2);
        Assert.Equal(6, plan.States);
        Assert.Equal(6L * s.Strategies.Count, plan.Runs);
        var k = s.Strategies.Count;
        var run = plan.RunAt(3L * k + 1);
        Assert.Equal((3, 1, 1, 1), (run.State, run.Sample, run.Replication, run.Strategy));
    }

    [Fact]
    public void Every_strategy_of_a_state_uses_the_state_as_run_index_and_the_experiment_seed()
    {
        var plan = Plan(Teaching, samples: 4, replications: 2);
        for (var i = 0L; i < plan.Runs; i++)
        {
            var prepared = plan.Prepare(i);
            Assert.Equal(prepared.Run.State, prepared.Options.RunIndex);
            Assert.Equal(42UL, prepared.Seed);
        }
    }

    [Fact]
    public void A_state_played_by_the_plan_equals_the_same_run_played_directly()
    {
        var s = Teaching;
        var plan = Plan(s, samples: 5);
        var state = plan.PlayState(3);
        for (var k = 0; k < s.Strategies.Count; k++)
        {
            // The teaching scenario has no uncertainties: the run is the strategy as written with run index 3.
            var direct = Simulator.Run(s, s.Strategies[k], 42, new RunOptions(RecordTimeline: false, RunIndex: 3));
            Assert.Equal(direct.Score, state.Runs[k].Score);
            Assert.Equal(direct.Metrics, state.Runs[k].Metrics);
        }
    }

    [Fact]
    public void Capability_series_has_one_value_per_week_and_averages_to_the_mean_capability()
    {
        var s = Teaching;
        var run = Plan(s, capability: true).PlayState(0).Runs[0];
        Assert.Equal(s.Ticks, run.Capability.Count);
        Assert.Equal(run.Metrics.MissionCapabilityMean, run.Capability.Average(), precision: 12);
        Assert.Equal(run.Metrics.MissionCapabilityMin, run.Capability.Min());
    }

    [Fact]
    public void Embedded_experiment_delivers_states_in_order_with_the_same_outcomes_for_any_parallelism()
    {
        var plan = Plan(ReferenceScenarios.StandoffScenario, samples: 40);
        var one = new List<StateOutcome>();
        var two = new List<StateOutcome>();
        Assert.Equal(40, EmbeddedExperiment.Run(plan, 1, one.Add, CancellationToken.None));
        Assert.Equal(40, EmbeddedExperiment.Run(plan, 2, two.Add, CancellationToken.None));
        Assert.Equal(Enumerable.Range(0, 40), one.Select(o => o.State));
        Assert.Equal(one.SelectMany(o => o.Runs.Select(r => (r.Score, r.Metrics))), two.SelectMany(o => o.Runs.Select(r => (r.Score, r.Metrics))));
    }

    [Fact]
    public void Cancelling_delivers_an_unbroken_prefix_of_states()
    {
        var plan = Plan(ReferenceScenarios.StandoffScenario, samples: 200);
        using var stop = new CancellationTokenSource();
        var got = new List<int>();
        var delivered = EmbeddedExperiment.Run(plan, 2, o =>
        {
            got.Add(o.State);
            if (got.Count == 10) stop.Cancel();
        }, stop.Token);
        Assert.Equal(delivered, got.Count);
        Assert.InRange(delivered, 10, 199);
        Assert.Equal(Enumerable.Range(0, delivered), got);
    }

    [Fact]
    public void Unknown_or_repeated_strategies_and_empty_requests_are_refused_with_a_sentence()
    {
        var s = Teaching;
        Assert.False(ExperimentPlan.TryCreate(s, ExperimentSpec.None, new ExperimentRequest(ExperimentDesign.MonteCarlo, 5, 1, 1, ["nope"], false, false), out _, out var unknown));
        Assert.Contains("no strategy 'nope'", unknown, StringComparison.Ordinal);
        var name = s.Strategies[0].Name;
        Assert.False(ExperimentPlan.TryCreate(s, ExperimentSpec.None, new ExperimentRequest(ExperimentDesign.MonteCarlo, 5, 1, 1, [name, name], false, false), out _, out var twice));
        Assert.Contains("listed twice", twice, StringComparison.Ordinal);
        Assert.False(ExperimentPlan.TryCreate(s, ExperimentSpec.None, new ExperimentRequest(ExperimentDesign.MonteCarlo, 0, 1, 1, [name], false, false), out _, out var none));
        Assert.Contains("at least 1", none, StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_applied_to_the_written_scenario_rebuild_the_prepared_run_of_another_process()
    {
        var s = ReferenceScenarios.StandoffScenario;
        var e = StandoffExperiment;
        Assert.NotEmpty(e.Uncertainties);
        Assert.NotEmpty(e.Levers);
        var plan = Plan(s, samples: 5, design: ExperimentDesign.LatinHypercube);
        var lever = e.Levers[0];
        var index = 2L * plan.Strategies.Count + plan.Strategies.ToList().FindIndex(x => x.Name == lever.Strategy);
        var prepared = plan.Prepare(index);

        // What an actor service does with InitRun's overrides: start again from the file's scenario.
        var scenario = RunOverrides.ApplyUncertainties(s, e, prepared.Overrides);
        var strategy = RunOverrides.ApplyLevers(e, s.FindStrategy(lever.Strategy)!, prepared.Overrides);

        Assert.Equal(e.Uncertainties.Count + e.Levers.Count(l => l.Strategy == lever.Strategy), prepared.Overrides.Count);
        Assert.NotEqual(s.FindStrategy(lever.Strategy)!.Parameters.Values, strategy.Parameters.Values);
        Assert.Equal(prepared.Strategy.Parameters.Values, strategy.Parameters.Values);
        foreach (var u in e.Uncertainties)
        {
            var parameter = ScenarioParameters.Find(s, u.Parameter)!;
            Assert.Equal(parameter.Get(prepared.Scenario), parameter.Get(scenario));
        }
        var direct = Simulator.Run(scenario, strategy, prepared.Seed, prepared.Options);
        Assert.Equal(prepared.Play().Score, direct.Score);
    }

    [Fact]
    public void An_override_naming_nothing_in_the_scenario_is_refused()
    {
        var s = ReferenceScenarios.StandoffScenario;
        var e = Assert.Throws<ArgumentException>(() => RunOverrides.ApplyUncertainties(s, StandoffExperiment, [new InputValue("no_such_input", 1)]));
        Assert.Contains("no_such_input", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sampled_uncertainties_change_the_scenario_each_state_plays()
    {
        var s = ReferenceScenarios.StandoffScenario;
        var plan = Plan(s, samples: 20, design: ExperimentDesign.LatinHypercube);
        var parameter = ScenarioParameters.Find(s, StandoffExperiment.Uncertainties[0].Parameter)!;
        var values = Enumerable.Range(0, 20).Select(i => parameter.Get(plan.Prepare((long)i * plan.Strategies.Count).Scenario)).Distinct().Count();
        Assert.True(values > 1, "the first uncertainty took one value over 20 samples");
    }
}
