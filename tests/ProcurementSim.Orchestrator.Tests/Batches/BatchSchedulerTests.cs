using System.Collections.Concurrent;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Orchestrator.Batches;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Batches;

/// <summary>The batch scheduler with a stand-in for the distributed run: order, bounds, failure and cancellation.</summary>
public sealed class BatchSchedulerTests
{
    private static readonly RunMetrics Zero = new()
    {
        MissionCapabilityMean = 0, MissionCapabilityMin = 0, CapabilityGapWeeks = 0, CapabilityGapDepth = 0, MissionShortfall = 0,
        ShortfallByCategory = [], TransitionWeeks = null, TransitionCompleted = false, TotalCost = 0, Cost = new CostBreakdown(0, 0, 0, 0),
        ShortfallCost = null, PolicyConflicts = 0, RedLineBreaches = 0, ProhibitedUseExposure = 0, ProhibitedUseIncidents = 0,
        EthicalExposure = 0, VendorConcentrationHhi = 0, IncumbentTrustFinal = 0, ReputationalRisk = 0,
    };

    // teaching-minimal's two strategies over 3 samples × 2 replications: 6 states, 12 runs (run i = state i/2, strategy i%2).
    private static ExperimentPlan Plan()
    {
        var scenario = ReferenceScenarios.Load(ReferenceScenarios.TeachingMinimal);
        var request = new ExperimentRequest(ExperimentDesign.MonteCarlo, 3, 2, 7, ["status_quo", "structured_replacement"], IncludeLevers: false, RecordCapability: false);
        Assert.True(ExperimentPlan.TryCreate(scenario, ExperimentSpec.None, request, out var plan, out var why), why);
        return plan!;
    }

    private static RunOutcome Outcome(PreparedRun run) => new(run.Run, run.Run.Index, Zero, []);

    [Fact]
    public async Task A_Sobol_batch_plays_each_run_with_the_random_streams_the_embedded_plan_gives_it()
    {
        var request = new ExperimentRequest(ExperimentDesign.Sobol, 2, 1, 7, ["status_quo"], IncludeLevers: false, RecordCapability: false);
        Assert.True(ExperimentPlan.TryCreate(ReferenceScenarios.StandoffScenario, ReferenceScenarios.StandoffExperiment, request, out var plan, out var why), why);
        var streams = new ConcurrentDictionary<long, int>();

        await BatchScheduler.RunAsync(plan!, 0, 4,
            (run, _) =>
            {
                streams[run.Run.Index] = run.Options.RunIndex;
                return Task.FromResult(Outcome(run));
            },
            (_, _) => Task.CompletedTask,
            CancellationToken.None);

        Assert.Equal(plan!.Runs, streams.Count);
        Assert.All(streams, s => Assert.Equal(plan.Prepare(s.Key).Options.RunIndex, s.Value));
        // Sample 2 is row 0's first A_B sample: it plays with the streams of sample 0 (A), not its own.
        Assert.Equal(0, streams[2]);
    }

    [Fact]
    public async Task A_batch_of_candidates_plays_each_candidate_in_each_state_with_its_levers_set_and_the_states_streams()
    {
        // The standoff's structured replacement in 3 Latin-hypercube states, two candidate settings of its three levers.
        var request = new ExperimentRequest(ExperimentDesign.LatinHypercube, 3, 1, 7, ["status_quo", "structured_replacement"], IncludeLevers: false, RecordCapability: false);
        Assert.True(ExperimentPlan.TryCreate(ReferenceScenarios.StandoffScenario, ReferenceScenarios.StandoffExperiment, request, out var plan, out var why), why);
        string[] levers = ["structured_replacement.solicit_week", "structured_replacement.cutover_readiness", "structured_replacement.parallel_run_share"];
        Assert.True(CandidateBatch.TryCreate(plan!, "structured_replacement", levers, [[4, 0.6, 0.5], [19, 0.95, 0.25]], out var candidates, out var field, out why), $"{field}: {why}");
        var played = new ConcurrentBag<PreparedRun>();
        var emitted = new List<StateOutcome>();

        var states = await BatchScheduler.RunAsync(plan!, candidates, 0, 3,
            (run, _) =>
            {
                played.Add(run);
                // The stand-in scores a run with its solicitation week, so the emitted order shows whose run it is.
                return Task.FromResult(new RunOutcome(run.Run, (int)run.Strategy.Parameters.Values["solicit_week"], Zero, []));
            },
            (state, _) =>
            {
                emitted.Add(state);
                return Task.CompletedTask;
            },
            CancellationToken.None);

        Assert.Equal(3, states);
        Assert.Equal(6, played.Count);
        // A candidate's run that fails names the candidate.
        var e = await Assert.ThrowsAsync<BatchFailedException>(() => BatchScheduler.RunAsync(plan!, candidates, 0, 1,
            (run, _) => (int)run.Strategy.Parameters.Values["solicit_week"] == 19 ? throw new RunFailedException("Tick 3: the agency failed.") : Task.FromResult(Outcome(run)),
            (_, _) => Task.CompletedTask, CancellationToken.None));
        Assert.Equal("State 0 (sample 0, replication 0), candidate 1 of strategy 'structured_replacement': Tick 3: the agency failed.", e.Message);
        Assert.All(emitted, s => Assert.Equal([4.0, 19.0], s.Runs.Select(r => r.Score)));
        foreach (var run in played)
        {
            // The strategy's own run of the state (its world and random streams), with the candidate's levers set and sent along.
            Assert.Equal("structured_replacement", run.Strategy.Name);
            Assert.Equal(run.Run.State, run.Options.RunIndex);
            Assert.Equal(plan!.Prepare(run.Run.Index).Overrides, run.Overrides.Take(plan.Inputs.Count));
            Assert.Equal(levers, run.Overrides.Skip(plan.Inputs.Count).Select(o => o.Name));
            var week = (int)run.Strategy.Parameters.Values["solicit_week"];
            Assert.Equal(week == 4 ? 0.5 : 0.25, run.Strategy.Parameters.Values["parallel_run_share"]);
            Assert.Equal(week == 4 ? 0.6 : 0.95, run.Strategy.Parameters.Values["cutover_readiness"]);
        }
    }

    [Fact]
    public async Task States_are_emitted_in_plan_order_with_their_inputs_even_when_the_runs_finish_in_reverse()
    {
        var plan = Plan();
        var emitted = new List<(StateOutcome State, long Done)>();
        var gates = Enumerable.Range(0, 12).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var started = 0;
        var allStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // All 12 runs in flight at once; once they all have started, they are let finish last run first.
        var batch = BatchScheduler.RunAsync(plan, 0, 12,
            async (run, token) =>
            {
                if (Interlocked.Increment(ref started) == 12) allStarted.SetResult();
                await gates[run.Run.Index].Task.WaitAsync(token);
                return Outcome(run);
            },
            (state, done) =>
            {
                emitted.Add((state, done));
                return Task.CompletedTask;
            },
            CancellationToken.None);
        await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        for (var i = 11; i >= 0; i--)
        {
            gates[i].SetResult();
            await Task.Delay(5);
        }

        Assert.Equal(6, await batch);
        Assert.Equal([0, 1, 2, 3, 4, 5], emitted.Select(e => e.State.State));
        foreach (var (state, _) in emitted)
        {
            // Each state's runs are its two strategies, in order; the stand-in scores a run with its plan index.
            Assert.Equal([2.0 * state.State, 2.0 * state.State + 1], state.Runs.Select(r => r.Score));
            Assert.Equal(plan.InputsOf(state.State / 2), state.Inputs);
        }

        // Run 0 finished last, so nothing could be emitted before it: state 0 came with at least 11 runs done, the last with all 12.
        Assert.True(emitted[0].Done >= 11, $"state 0 was emitted with {emitted[0].Done} runs done");
        Assert.Equal(12L, emitted[^1].Done);
    }

    [Fact]
    public async Task No_more_runs_than_asked_are_in_flight_and_none_starts_beyond_the_window_after_the_first_state_not_emitted()
    {
        var plan = Plan();
        var inFlight = 0;
        var most = 0;
        var emitted = 0;
        var violations = new ConcurrentBag<string>();
        var window = BatchScheduler.Window(maxInFlight: 2, strategies: 2);
        Assert.Equal(4, window); // twice the runs in flight, at least a state

        await BatchScheduler.RunAsync(plan, 0, 2,
            async (run, token) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref most, now);
                if (run.Run.Index >= (Volatile.Read(ref emitted) * 2) + window)
                {
                    violations.Add($"run {run.Run.Index} started with {emitted} states emitted");
                }

                // The first run of each state is the slow one, so later runs pile up behind it.
                await Task.Delay(run.Run.Strategy == 0 ? 40 : 5, token);
                Interlocked.Decrement(ref inFlight);
                return Outcome(run);
            },
            (_, _) =>
            {
                Interlocked.Increment(ref emitted);
                return Task.CompletedTask;
            },
            CancellationToken.None);

        Assert.Equal(6, emitted);
        Assert.Equal(2, most);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task A_failed_run_stops_the_batch_with_a_sentence_naming_its_state_and_strategy_and_cancels_the_others()
    {
        var plan = Plan();
        var cancelled = 0;
        var emitted = new List<int>();

        // Run 5 is state 2 (= sample 1, replication 0), strategy 1 (structured_replacement); runs 6 to 11 never end by themselves.
        var e = await Assert.ThrowsAsync<BatchFailedException>(() => BatchScheduler.RunAsync(plan, 0, 8,
            async (run, token) =>
            {
                if (run.Run.Index < 5)
                {
                    return Outcome(run);
                }

                if (run.Run.Index == 5)
                {
                    await Task.Delay(50, token);
                    throw new RunFailedException("Tick 3: the agency (actor 1) at http://127.0.0.1:1 did not play the tick: Unavailable.");
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, token);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref cancelled);
                    throw;
                }

                return Outcome(run);
            },
            (state, _) =>
            {
                emitted.Add(state.State);
                return Task.CompletedTask;
            },
            CancellationToken.None));

        Assert.Equal("State 2 (sample 1, replication 0), strategy 'structured_replacement': Tick 3: the agency (actor 1) at http://127.0.0.1:1 did not play the tick: Unavailable.", e.Message);
        // Runs 0-4 finished: states 0 and 1 are whole and were emitted; state 2 never is.
        Assert.Equal([0, 1], emitted);
        // 8 in flight: once runs 0-4 were done, runs 5 to 11 were all in flight; 6 to 11 waited, then were cancelled.
        Assert.Equal(6, cancelled);
    }

    [Fact]
    public async Task Cancelling_stops_the_runs_in_flight_and_ends_with_the_states_emitted_so_far()
    {
        var plan = Plan();
        using var stop = new CancellationTokenSource();
        var emitted = new List<int>();
        var cancelled = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BatchScheduler.RunAsync(plan, 0, 4,
            async (run, token) =>
            {
                if (run.Run.Index < 2)
                {
                    return Outcome(run);
                }

                try
                {
                    await Task.Delay(Timeout.Infinite, token);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref cancelled);
                    throw;
                }

                return Outcome(run);
            },
            (state, _) =>
            {
                emitted.Add(state.State);
                stop.CancelAfter(50);
                return Task.CompletedTask;
            },
            stop.Token));

        Assert.Equal([0], emitted);
        // Runs 0 and 1 made state 0; with 4 in flight, runs 2 to 5 were waiting when the caller cancelled.
        Assert.Equal(4, cancelled);
    }

    [Fact]
    public async Task A_batch_continued_from_a_later_state_plays_and_emits_only_the_states_from_there()
    {
        var plan = Plan();
        var played = new ConcurrentBag<long>();
        var emitted = new List<int>();

        await BatchScheduler.RunAsync(plan, 4, 3,
            (run, _) =>
            {
                played.Add(run.Run.Index);
                return Task.FromResult(Outcome(run));
            },
            (state, _) =>
            {
                emitted.Add(state.State);
                return Task.CompletedTask;
            },
            CancellationToken.None);

        // States 4 and 5 are runs 8 to 11.
        Assert.Equal([8L, 9, 10, 11], played.Order());
        Assert.Equal([4, 5], emitted);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current) return;
            current = seen;
        }
    }
}
