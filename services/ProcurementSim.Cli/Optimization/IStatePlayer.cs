using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Cli.Optimization;

/// <summary>Plays a lever search's runs: in this process (<see cref="EmbeddedStatePlayer"/>) or on an orchestrator (Remote.RemoteStatePlayer), with the same outcomes.</summary>
internal interface IStatePlayer
{
    /// <summary>Every strategy of the pool's plan as written in every state: [state]; null when cancelled.</summary>
    /// <param name="pool">The states.</param>
    /// <param name="done">Receives the number of runs just finished.</param>
    /// <param name="cancellationToken">Ctrl-C.</param>
    StateOutcome[]? PlayStrategies(StatePool pool, Action<long> done, CancellationToken cancellationToken);

    /// <summary>Every candidate of <paramref name="batch"/> (whose plan is the pool's) in every state: [candidate][state]; null when cancelled.</summary>
    /// <param name="pool">The states.</param>
    /// <param name="batch">The candidates.</param>
    /// <param name="done">Receives the number of runs just finished.</param>
    /// <param name="cancellationToken">Ctrl-C.</param>
    RunOutcome[][]? PlayCandidates(StatePool pool, CandidateBatch batch, Action<long> done, CancellationToken cancellationToken);
}
