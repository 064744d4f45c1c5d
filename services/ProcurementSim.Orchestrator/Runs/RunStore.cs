using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Store;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// The runs this orchestrator knows. Every run is written to the durable <see cref="IRunLog"/> (its inputs when
/// added, each state move, its events tick by tick, its files); in memory it keeps every run in play and the
/// most recently finished ones, up to <see cref="OrchestratorOptions.MaxRetainedRuns"/> (the log keeps them all).
/// </summary>
public sealed class RunStore(IOptions<OrchestratorOptions> options, IRunLog log)
{
    private readonly ConcurrentDictionary<string, RunEntry> _runs = new(StringComparer.Ordinal);
    private readonly Lock _evicting = new();
    private long _order;

    /// <summary>The durable log behind the store.</summary>
    public IRunLog Log => log;

    /// <summary>How many runs are kept in memory (in play, and the newest finished ones).</summary>
    public int Count => _runs.Count;

    /// <summary>The order number of the next run.</summary>
    public long NextOrder() => Interlocked.Increment(ref _order);

    /// <summary>Adds a new run: writes it to the log (pending), then keeps it, forgetting the oldest finished runs beyond the limit.</summary>
    public void Add(RunEntry run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var spec = run.Spec;
        log.AddRun(new StoredRun(run.Id, run.Order, run.ScenarioYaml, run.ScenarioFile, run.Strategy.Name, run.Seed, spec.RunIndex, spec.Overrides, run.State, run.Error));
        Keep(run);
    }

    /// <summary>Keeps a run read back from the log (<see cref="RunRecovery"/>); later order numbers follow it.</summary>
    public void Restore(RunEntry run)
    {
        ArgumentNullException.ThrowIfNull(run);
        long seen;
        while ((seen = Interlocked.Read(ref _order)) < run.Order && Interlocked.CompareExchange(ref _order, run.Order, seen) != seen)
        {
        }

        Keep(run);
    }

    /// <summary>The run, or null when unknown.</summary>
    public RunEntry? Find(string runId) => _runs.TryGetValue(runId, out var run) ? run : null;

    /// <summary>
    /// The run, from memory or else, when it finished and was forgotten to keep memory bounded, read back from the log
    /// (as a restart reads it; not kept in memory again): a client that asks for a run's files after more than
    /// <see cref="OrchestratorOptions.MaxRetainedRuns"/> others have finished still gets them. Null when unknown.
    /// </summary>
    public RunEntry? Recall(string runId)
    {
        if (Find(runId) is { } kept) return kept;
        if (!RunIds.IsWellFormed(runId) || log.Find(runId) is not { } stored || !stored.State.IsTerminal()) return null;
        return RunRebuild.Of(stored, out _);
    }

    /// <summary>Every run known, newest first.</summary>
    public IReadOnlyList<RunEntry> All() => [.. _runs.Values.OrderByDescending(r => r.Order)];

    private void Keep(RunEntry run)
    {
        if (!_runs.TryAdd(run.Id, run))
        {
            throw new InvalidOperationException($"Run {run.Id} is already registered.");
        }

        run.Attach(log);

        // One eviction at a time: two StartRun calls at once would otherwise both count the same excess and both pick
        // the same run to forget, leaving the store above its limit.
        lock (_evicting)
        {
            var excess = _runs.Count - Math.Max(1, options.Value.MaxRetainedRuns);
            if (excess <= 0)
            {
                return;
            }

            // The longest finished first (not the oldest started): a run that just ended stays for its client's
            // GetResult until MaxRetainedRuns - (runs in play) runs have ended after it, however long it played.
            foreach (var old in _runs.Values.Where(r => r.IsFinished).OrderBy(r => r.FinishedAt).ThenBy(r => r.Order).Take(excess).ToList())
            {
                _runs.TryRemove(old.Id, out _);
            }
        }
    }
}
