using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Execution;

namespace ProcurementSim.Cli.Experiments;

/// <summary>Plays the plan in this process on the given number of threads.</summary>
internal sealed class EmbeddedExecutor : IExperimentExecutor
{
    public Task<int> RunAsync(ExperimentPlan plan, int parallel, Action<StateOutcome> sink, IProgress<long> progress, CancellationToken cancellationToken) =>
        PlayAsync(plan, parallel, sink, progress, cancellationToken);

    /// <summary>Plays states [<paramref name="firstState"/>, <paramref name="endState"/>) (−1: the plan's end) on a worker thread, reporting the runs done.</summary>
    public static Task<int> PlayAsync(ExperimentPlan plan, int parallel, Action<StateOutcome> sink, IProgress<long> progress, CancellationToken cancellationToken,
        int firstState = 0, int endState = -1)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        var strategies = plan.Strategies.Count;
        long runs = 0;
        return Task.Run(() => EmbeddedExperiment.Run(plan, parallel, state =>
        {
            sink(state);
            progress.Report(runs += strategies);
        }, cancellationToken, firstState, endState), CancellationToken.None);
    }
}
