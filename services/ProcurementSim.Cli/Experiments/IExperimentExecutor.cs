using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Cli.Experiments;

/// <summary>Plays a plan's states and hands each to the sink in plan order; in this process or on an orchestrator.</summary>
internal interface IExperimentExecutor
{
    /// <summary>Plays every state (or until cancelled) and returns how many states were delivered.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="parallel">Threads, or runs in flight.</param>
    /// <param name="sink">Receives each state in plan order, one at a time.</param>
    /// <param name="progress">Receives the number of runs done.</param>
    /// <param name="cancellationToken">Ctrl-C: stop and deliver what is complete.</param>
    Task<int> RunAsync(ExperimentPlan plan, int parallel, Action<StateOutcome> sink, IProgress<long> progress, CancellationToken cancellationToken);
}
