using ProcurementSim.Cli.Optimization;
using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Cli.Remote;

/// <summary>
/// Plays a lever search's runs on the orchestrator at <c>--remote URL</c> (RunBatch, <c>parallel</c> runs in flight):
/// the strategies as written as a plain batch of the pool's plan, a generation's candidates as a batch with candidates.
/// The orchestrator prepares each run with the same Core code, so the outcomes are those played in process.
/// </summary>
internal sealed class RemoteStatePlayer(RemoteTarget orchestrator, string file, int parallel) : IStatePlayer
{
    private readonly RemoteExecutor _executor = new(orchestrator, file);

    public StateOutcome[]? PlayStrategies(StatePool pool, Action<long> done, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var states = new List<StateOutcome>(pool.Count);
        var played = _executor.RunAsync(pool.Plan, parallel, states.Add, new Increments(done), cancellationToken).GetAwaiter().GetResult();
        return played == pool.Count ? [.. states] : null;
    }

    public RunOutcome[][]? PlayCandidates(StatePool pool, CandidateBatch batch, Action<long> done, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(batch);
        var runs = Enumerable.Range(0, batch.Count).Select(_ => new RunOutcome[pool.Count]).ToArray();
        var played = _executor.RunCandidatesAsync(batch, parallel, state =>
        {
            for (var c = 0; c < runs.Length; c++) runs[c][state.State] = state.Runs[c];
        }, new Increments(done), cancellationToken).GetAwaiter().GetResult();
        return played == pool.Count ? runs : null;
    }

    // The executor reports the runs done so far; the search counts the runs just done.
    private sealed class Increments(Action<long> done) : IProgress<long>
    {
        private long _reported;

        public void Report(long value)
        {
            done(value - _reported);
            _reported = value;
        }
    }
}
