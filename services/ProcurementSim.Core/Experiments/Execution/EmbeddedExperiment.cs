namespace ProcurementSim.Core.Experiments.Execution;

/// <summary>
/// Plays a plan in this process on <c>parallel</c> threads and hands each state's outcome to the sink in plan order,
/// whatever order the threads finish in: the outputs are the same bytes for any degree of parallelism. States are
/// played in chunks, so memory stays bounded however long the plan. Cancelling stops at once and delivers the
/// unbroken prefix of states already played.
/// </summary>
public static class EmbeddedExperiment
{
    /// <summary>Plays states [<paramref name="firstState"/>, <paramref name="endState"/>) and returns how many were delivered.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="parallel">Threads to use (at least 1).</param>
    /// <param name="sink">Receives each state, in order, on the calling thread.</param>
    /// <param name="cancellationToken">Stops the experiment.</param>
    /// <param name="firstState">The first state to play (to continue an experiment, or a shard's first).</param>
    /// <param name="endState">One past the last state to play; −1 (the default) for the plan's end.</param>
    public static int Run(ExperimentPlan plan, int parallel, Action<StateOutcome> sink, CancellationToken cancellationToken, int firstState = 0, int endState = -1)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var chunk = Math.Max(32, 16 * parallel);
        var buffer = new StateOutcome?[chunk];
        var delivered = 0;
        var last = endState < 0 ? plan.States : Math.Min(endState, plan.States);
        for (var start = firstState; start < last; start += chunk)
        {
            var end = Math.Min(last, start + chunk);
            Array.Clear(buffer);
            var options = new ParallelOptions { MaxDegreeOfParallelism = parallel };
            var first = start;
            Parallel.For(first, end, options, (state, loop) =>
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    loop.Stop();
                    return;
                }
                buffer[state - first] = plan.PlayState(state);
            });
            for (var i = 0; i < end - start; i++)
            {
                if (buffer[i] is not { } outcome) return delivered;
                sink(outcome);
                delivered++;
            }
            if (cancellationToken.IsCancellationRequested) return delivered;
        }
        return delivered;
    }
}
