using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// The runs this orchestrator knows, in memory (a durable store is a later step). It keeps every run in play and the
/// newest finished ones, up to <see cref="OrchestratorOptions.MaxRetainedRuns"/>.
/// </summary>
public sealed class RunStore(IOptions<OrchestratorOptions> options)
{
    private readonly ConcurrentDictionary<string, RunEntry> _runs = new(StringComparer.Ordinal);
    private long _order;

    /// <summary>The order number of the next run.</summary>
    public long NextOrder() => Interlocked.Increment(ref _order);

    /// <summary>Adds a run, forgetting the oldest finished runs beyond the limit.</summary>
    public void Add(RunEntry run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!_runs.TryAdd(run.Id, run))
        {
            throw new InvalidOperationException($"Run {run.Id} is already registered.");
        }

        var excess = _runs.Count - Math.Max(1, options.Value.MaxRetainedRuns);
        if (excess <= 0)
        {
            return;
        }

        foreach (var old in _runs.Values.Where(r => r.IsFinished).OrderBy(r => r.Order).Take(excess).ToList())
        {
            _runs.TryRemove(old.Id, out _);
        }
    }

    /// <summary>The run, or null when unknown.</summary>
    public RunEntry? Find(string runId) => _runs.TryGetValue(runId, out var run) ? run : null;

    /// <summary>Every run known, newest first.</summary>
    public IReadOnlyList<RunEntry> All() => [.. _runs.Values.OrderByDescending(r => r.Order)];
}
