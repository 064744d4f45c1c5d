namespace ProcurementSim.ActorHost.Runs;

/// <summary>
/// The placement claims this replica holds: one per batch run (per actor service) it agreed to host, each held until
/// the run ends here (EndRun or RunCompleted forget it, see <see cref="ActorRuns.Forget"/>). The counts show how
/// the broker spread the work: <see cref="Granted"/> claims taken in all, at most <see cref="Peak"/> held at once.
/// It sits with the runs, not with Placement/ (which takes and answers the claims), because a claim lasts as long as
/// its run here: forgetting a run lets its claims go.
/// </summary>
public sealed class RunClaims
{
    // Runs ended here lately: a claim for one of them that the broker delivers late (its batch was cancelled while the
    // claim waited in the queue) is acknowledged at once instead of holding room for a run that will never come.
    private const int EndedKept = 4096;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _ended = new(StringComparer.Ordinal);
    private readonly Queue<string> _endedOrder = new();
    private readonly Dictionary<string, List<RunClaim>> _held = new(StringComparer.Ordinal);
    private int _count;
    private int _peak;
    private long _granted;

    /// <summary>Claims held now.</summary>
    public int Held
    {
        get
        {
            lock (_gate) return _count;
        }
    }

    /// <summary>The most claims held at once since the replica started: never more than its run capacity.</summary>
    public int Peak
    {
        get
        {
            lock (_gate) return _peak;
        }
    }

    /// <summary>Claims taken since the replica started.</summary>
    public long Granted => Interlocked.Read(ref _granted);

    /// <summary>Registers a claim on <paramref name="runId"/>; hold it until <see cref="RunClaim.Released"/>, then <see cref="Drop"/> it.</summary>
    public RunClaim Take(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        var claim = new RunClaim(runId);
        lock (_gate)
        {
            if (!_held.TryGetValue(runId, out var claims)) _held[runId] = claims = [];
            claims.Add(claim);
            _count++;
            _peak = Math.Max(_peak, _count);
        }
        Interlocked.Increment(ref _granted);
        return claim;
    }

    /// <summary>True when a claim on <paramref name="runId"/> is held here now.</summary>
    public bool IsHeld(string runId)
    {
        lock (_gate) return _held.ContainsKey(runId);
    }

    /// <summary>True when <paramref name="runId"/> ended lately (see <see cref="Release"/>): a claim for it is stale.</summary>
    public bool HasEnded(string runId)
    {
        lock (_gate) return _ended.Contains(runId);
    }

    /// <summary>
    /// The run ended (EndRun or RunCompleted): lets go of every claim on <paramref name="runId"/> and remembers the
    /// run for a while, so a late claim for it is not held; false when no claim was held.
    /// </summary>
    public bool Release(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        List<RunClaim>? claims;
        lock (_gate)
        {
            if (_ended.Add(runId))
            {
                _endedOrder.Enqueue(runId);
                if (_endedOrder.Count > EndedKept) _ended.Remove(_endedOrder.Dequeue());
            }

            if (!_held.TryGetValue(runId, out claims)) return false;
            claims = [.. claims];
        }
        foreach (var claim in claims) claim.Release();
        return true;
    }

    /// <summary>Forgets a claim that is no longer held (its consumer finished).</summary>
    public void Drop(RunClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        claim.Release();
        lock (_gate)
        {
            if (!_held.TryGetValue(claim.RunId, out var claims) || !claims.Remove(claim)) return;
            if (claims.Count == 0) _held.Remove(claim.RunId);
            _count--;
        }
    }
}
