using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>
/// Every run this service instance hosts actors for, keyed by run id. Runs are independent: one replica serves
/// many at once; the orchestrator spreads single runs over replicas by run id, and the broker spreads batch runs
/// (placement claims, let go here when their run is forgotten). It holds at most <see cref="ActorHostOptions.MaxRuns"/>
/// runs, and forgets one nobody has named for <see cref="ActorHostOptions.RunIdleTimeoutSeconds"/> (<see cref="ForgetIdle"/>).
/// </summary>
public sealed class ActorRuns(IOptions<ActorHostOptions> options, TimeProvider time, RunClaims? claims = null)
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, HostedRun> _runs = new(StringComparer.Ordinal);
    private int _initialised;

    /// <summary>This instance's id, new at every start: a probe that sees another id knows the service restarted.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Runs this instance has created since it started (repeated InitRuns of a run count once).</summary>
    public int RunsInitialised => Volatile.Read(ref _initialised);

    /// <summary>Runs held now.</summary>
    public int ActiveRuns => _runs.Count;

    /// <summary>The run, or null when this instance does not hold it.</summary>
    public HostedRun? Find(string runId)
    {
        var run = _runs.GetValueOrDefault(runId);
        run?.Touch(time.GetTimestamp());
        return run;
    }

    /// <summary>
    /// Creates the run with <paramref name="actorIds"/> (validated by the caller), or, when it exists with the same
    /// inputs, adds the actors it lacks as long as none has played yet. Idempotent.
    /// </summary>
    public InitOutcome Init(string runId, RunInputs inputs, Scenario scenario, StrategySpec strategy, IReadOnlyList<int> actorIds)
    {
        ArgumentNullException.ThrowIfNull(actorIds);
        lock (_gate)
        {
            if (_runs.TryGetValue(runId, out var existing))
            {
                if (!existing.Inputs.SameRunAs(inputs)) return InitOutcome.Conflict;
                var missing = actorIds.Where(a => existing.Find(a) is null).ToList();
                if (missing.Count > 0 && existing.Started) return InitOutcome.Conflict;
                foreach (var a in missing) existing.Host(a);
                existing.Touch(time.GetTimestamp());
                return InitOutcome.Existing;
            }
            if (_runs.Count >= options.Value.MaxRuns) return InitOutcome.Full;
            var run = new HostedRun(runId, inputs, scenario, strategy);
            run.Touch(time.GetTimestamp());
            foreach (var a in actorIds) run.Host(a);
            _runs[runId] = run;
            Interlocked.Increment(ref _initialised);
            return InitOutcome.Created;
        }
    }

    /// <summary>Forgets every run nobody has named for <see cref="ActorHostOptions.RunIdleTimeoutSeconds"/>; returns their ids.</summary>
    public IReadOnlyList<string> ForgetIdle()
    {
        var now = time.GetTimestamp();
        var limit = TimeSpan.FromSeconds(options.Value.RunIdleTimeoutSeconds);
        var idle = _runs.Values.Where(r => time.GetElapsedTime(r.LastUsed, now) >= limit).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        foreach (var id in idle) Forget(id);
        return idle;
    }

    /// <summary>Releases a run's state and lets go of its placement claims; false when it was not held (forgetting twice is fine).</summary>
    public bool Forget(string runId)
    {
        var held = _runs.TryRemove(runId, out _);
        claims?.Release(runId);
        return held;
    }
}
