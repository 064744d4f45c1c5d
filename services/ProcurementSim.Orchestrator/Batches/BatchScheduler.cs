using System.Globalization;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Orchestrator.Domain;

namespace ProcurementSim.Orchestrator.Batches;

/// <summary>
/// Plays a plan's runs from a first state on, at most <c>maxInFlight</c> at once, in plan order, and hands each state
/// of the world to <c>emit</c> in plan order once all its strategies have played, whatever order the runs finish in.
/// A run starts only within a window of runs after the first state not yet emitted, so the states waiting for an
/// earlier one stay few (the reorder buffer is bounded by the runs in flight). A run that fails stops the batch:
/// the others are cancelled (and waited for), and the failure is thrown, naming the run's state and strategy.
/// </summary>
public static class BatchScheduler
{
    /// <summary>Plays the runs; returns the number of states emitted.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="firstState">The first state to play.</param>
    /// <param name="maxInFlight">Runs played at once.</param>
    /// <param name="play">Plays one run.</param>
    /// <param name="emit">Receives each state in plan order, one at a time, with the number of runs finished so far.</param>
    /// <param name="cancellationToken">Stops the batch (the runs in flight are cancelled).</param>
    /// <exception cref="BatchFailedException">A run failed.</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled.</exception>
    public static Task<int> RunAsync(
        ExperimentPlan plan,
        int firstState,
        int maxInFlight,
        Func<PreparedRun, CancellationToken, Task<RunOutcome>> play,
        Func<StateOutcome, long, Task> emit,
        CancellationToken cancellationToken) =>
        RunAsync(plan, null, firstState, maxInFlight, play, emit, cancellationToken);

    /// <summary>Plays the runs, each state's strategies or, with <paramref name="candidates"/>, its candidates; returns the number of states emitted.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="candidates">Candidate settings played in each state instead of the plan's strategies (a state's runs in candidate order), or null.</param>
    /// <param name="firstState">The first state to play.</param>
    /// <param name="maxInFlight">Runs played at once.</param>
    /// <param name="play">Plays one run.</param>
    /// <param name="emit">Receives each state in plan order, one at a time, with the number of runs finished so far.</param>
    /// <param name="cancellationToken">Stops the batch (the runs in flight are cancelled).</param>
    /// <exception cref="BatchFailedException">A run failed.</exception>
    /// <exception cref="OperationCanceledException">The batch was cancelled.</exception>
    public static async Task<int> RunAsync(
        ExperimentPlan plan,
        CandidateBatch? candidates,
        int firstState,
        int maxInFlight,
        Func<PreparedRun, CancellationToken, Task<RunOutcome>> play,
        Func<StateOutcome, long, Task> emit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(play);
        ArgumentNullException.ThrowIfNull(emit);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        // A state's runs: one per strategy, or one per candidate.
        var strategies = candidates?.Count ?? plan.Strategies.Count;
        var total = (long)plan.States * strategies;
        var window = Window(maxInFlight, strategies);
        var next = (long)firstState * strategies;
        var nextState = firstState;
        var states = new Dictionary<int, PendingState>();
        var inFlight = new Dictionary<Task<RunOutcome>, (int State, int Slot)>();
        long done = 0;
        var emitted = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (true)
            {
                while (inFlight.Count < maxInFlight && next < total && next < (long)nextState * strategies + window)
                {
                    var (state, slot) = ((int)(next / strategies), (int)(next % strategies));
                    next++;
                    if (!states.TryGetValue(state, out var pending))
                    {
                        var inputs = plan.InputsOf(state / plan.Request.Replications);
                        states[state] = pending = new PendingState(inputs, plan.ScenarioOf(inputs), new RunOutcome[strategies]);
                    }

                    var prepared = candidates is null
                        ? plan.Prepare(plan.RunAt(((long)state * strategies) + slot), pending.Inputs, pending.Scenario)
                        : candidates.Prepare(state, slot, pending.Inputs, pending.Scenario);
                    inFlight[Start(play, prepared, stop.Token)] = (state, slot);
                }

                if (inFlight.Count == 0)
                {
                    return emitted;
                }

                var finished = await Task.WhenAny(inFlight.Keys).ConfigureAwait(false);
                var planned = inFlight[finished];
                inFlight.Remove(finished);
                if (!finished.IsCompletedSuccessfully)
                {
                    throw Failure(plan, candidates, planned, finished, cancellationToken);
                }

                states[planned.State].Runs[planned.Slot] = finished.Result;
                done++;
                while (states.TryGetValue(nextState, out var ready) && ready.Runs.All(r => r is not null))
                {
                    states.Remove(nextState);
                    await emit(new StateOutcome(nextState, ready.Inputs, [.. ready.Runs.Select(r => r!)]), done).ConfigureAwait(false);
                    nextState++;
                    emitted++;
                }
            }
        }
        catch
        {
            // Whatever stopped the batch (a failure, the caller's cancellation, a broken stream): no run goes on.
            await stop.CancelAsync().ConfigureAwait(false);
            await Settle(inFlight.Keys).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs started ahead of the first state not yet emitted: twice the runs in flight, and at least a state.</summary>
    public static int Window(int maxInFlight, int strategies) => Math.Max(2 * maxInFlight, strategies);

    // Starts the run on the thread pool, so a slow start never delays the others.
    private static Task<RunOutcome> Start(Func<PreparedRun, CancellationToken, Task<RunOutcome>> play, PreparedRun run, CancellationToken cancellationToken) =>
        Task.Run(() => play(run, cancellationToken), CancellationToken.None);

    // What ends the batch when a run did not complete: the caller's cancellation, or the run's failure, named.
    private static Exception Failure(ExperimentPlan plan, CandidateBatch? candidates, (int State, int Slot) run, Task<RunOutcome> task, CancellationToken cancellationToken)
    {
        var error = task.Exception?.InnerException;
        if (cancellationToken.IsCancellationRequested)
        {
            return new OperationCanceledException(cancellationToken);
        }

        var (sample, replication) = (run.State / plan.Request.Replications, run.State % plan.Request.Replications);
        var who = candidates is null
            ? $"strategy '{plan.Strategies[run.Slot].Name}'"
            : string.Create(CultureInfo.InvariantCulture, $"candidate {run.Slot} of strategy '{candidates.Strategy}'");
        var where = string.Create(CultureInfo.InvariantCulture, $"State {run.State} (sample {sample}, replication {replication}), {who}");
        return error switch
        {
            RunFailedException => new BatchFailedException($"{where}: {error.Message}", error),
            null or OperationCanceledException => new BatchFailedException($"{where}: the run was cancelled by the orchestrator.", error),
            _ => new BatchFailedException(
                $"{where}: the orchestrator failed while playing the run: {error.Message.Trim().TrimEnd('.')} (a bug; the orchestrator's log has the details).", error),
        };
    }

    private static async Task Settle(IEnumerable<Task> tasks)
    {
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Only waiting for them to end: their outcomes are read from the tasks.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private sealed record PendingState(double[] Inputs, Scenario Scenario, RunOutcome?[] Runs);
}
