namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// A run's snapshots, oldest first, and the change its watchers wait for: each snapshot added completes the task that
/// watchers hold and starts a new one. Not synchronised: its owner (<see cref="RunEntry"/>) calls it under its lock,
/// so that a snapshot is seen together with the state it shows.
/// </summary>
public sealed class SnapshotFeed(RunSnapshot first)
{
    private readonly List<RunSnapshot> _snapshots = [first];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The latest snapshot.</summary>
    public RunSnapshot Last => _snapshots[^1];

    /// <summary>Adds a snapshot and wakes whoever waits for one.</summary>
    public void Add(RunSnapshot snapshot)
    {
        _snapshots.Add(snapshot);
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    /// <summary>The index of the first snapshot whose tick is at least <paramref name="tick"/> (the count when none is yet).</summary>
    public int IndexOf(int tick)
    {
        var index = _snapshots.FindIndex(s => s.Tick >= tick);
        return index < 0 ? _snapshots.Count : index;
    }

    /// <summary>The snapshots from <paramref name="index"/> on (from the latest when negative), and a task that completes at the next one.</summary>
    public (IReadOnlyList<RunSnapshot> Snapshots, int Next, Task Changed) From(int index)
    {
        var from = index < 0 ? _snapshots.Count - 1 : Math.Min(index, _snapshots.Count);
        return (_snapshots[from..], _snapshots.Count, _changed.Task);
    }
}
