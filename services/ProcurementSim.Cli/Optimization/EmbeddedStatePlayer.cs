using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Cli.Optimization;

/// <summary>Plays a lever search's runs in this process on <c>parallel</c> threads, each run in its own slot.</summary>
internal sealed class EmbeddedStatePlayer(int parallel) : IStatePlayer
{
    public StateOutcome[]? PlayStrategies(StatePool pool, Action<long> done, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var states = new StateOutcome[pool.Count];
        var strategies = pool.Plan.Strategies.Count;
        return ParallelRuns.Play(pool.Count, parallel, s => states[s] = pool.Plan.PlayState((int)s), n => done(n * strategies), cancellationToken) ? states : null;
    }

    public RunOutcome[][]? PlayCandidates(StatePool pool, CandidateBatch batch, Action<long> done, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(batch);
        var states = pool.Count;
        var runs = Enumerable.Range(0, batch.Count).Select(_ => new RunOutcome[states]).ToArray();
        return ParallelRuns.Play((long)batch.Count * states, parallel, i =>
        {
            var (c, s) = ((int)(i / states), (int)(i % states));
            runs[c][s] = pool.Play(batch, c, s);
        }, done, cancellationToken) ? runs : null;
    }
}
