using ProcurementSim.Contracts;

namespace ProcurementSim.Orchestrator.Events;

/// <summary>
/// The events the bus delivered for the runs in play, per (run, tick, actor), each stored once whatever the bus
/// redelivers: (run, tick, actor, sequence) is an event's identity. A tick's loop waits here until an actor's events
/// of the tick have all arrived, then takes them in sequence order. Events of runs not in play are dropped.
/// </summary>
public sealed class RunEventBuffer
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Dictionary<(int Tick, int ActorId), Slot>> _runs = new(StringComparer.Ordinal);

    /// <summary>Starts keeping the events of <paramref name="runId"/>.</summary>
    public void Open(string runId)
    {
        lock (_lock)
        {
            _runs.TryAdd(runId, []);
        }
    }

    /// <summary>Forgets the run's events and cancels whoever still waits for them.</summary>
    public void Close(string runId)
    {
        List<Slot> slots;
        lock (_lock)
        {
            if (!_runs.Remove(runId, out var run))
            {
                return;
            }

            slots = [.. run.Values];
        }

        foreach (var slot in slots)
        {
            slot.CancelWaiters();
        }
    }

    /// <summary>Stores an event. False when it was already there (a redelivery) or its run is not in play.</summary>
    public bool Add(string runId, RunEventData data)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(data);
        lock (_lock)
        {
            if (!_runs.TryGetValue(runId, out var run))
            {
                return false;
            }

            return SlotOf(run, data.Tick, data.ActorId).Add(data);
        }
    }

    /// <summary>How many distinct events of (run, tick, actor) are held.</summary>
    public int Count(string runId, int tick, int actorId)
    {
        lock (_lock)
        {
            return _runs.TryGetValue(runId, out var run) && run.TryGetValue((tick, actorId), out var slot) ? slot.Count : 0;
        }
    }

    /// <summary>Completes once <paramref name="count"/> distinct events of (run, tick, actor) are held.</summary>
    /// <exception cref="InvalidOperationException">The run is not in play.</exception>
    public Task WaitForAsync(string runId, int tick, int actorId, int count, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_runs.TryGetValue(runId, out var run))
            {
                throw new InvalidOperationException($"Run {runId} is not in play; open it before waiting for its events.");
            }

            return SlotOf(run, tick, actorId).WaitFor(count, cancellationToken);
        }
    }

    /// <summary>Removes and returns the events of (run, tick, actor), in sequence order.</summary>
    public IReadOnlyList<RunEventData> Take(string runId, int tick, int actorId)
    {
        lock (_lock)
        {
            return _runs.TryGetValue(runId, out var run) && run.Remove((tick, actorId), out var slot) ? slot.Events : [];
        }
    }

    private static Slot SlotOf(Dictionary<(int, int), Slot> run, int tick, int actorId)
    {
        if (!run.TryGetValue((tick, actorId), out var slot))
        {
            run[(tick, actorId)] = slot = new Slot();
        }

        return slot;
    }

    /// <summary>The events of one (run, tick, actor) and whoever waits for them; guarded by the buffer's lock.</summary>
    private sealed class Slot
    {
        private readonly SortedList<int, RunEventData> _events = [];
        private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

        public int Count => _events.Count;

        public IReadOnlyList<RunEventData> Events => [.. _events.Values];

        public bool Add(RunEventData data)
        {
            if (!_events.TryAdd(data.Sequence, data))
            {
                return false;
            }

            _waiters.RemoveAll(w => w.Count <= _events.Count && w.Done.TrySetResult());
            return true;
        }

        public Task WaitFor(int count, CancellationToken cancellationToken)
        {
            if (_events.Count >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task.WaitAsync(cancellationToken);
        }

        public void CancelWaiters()
        {
            foreach (var (_, done) in _waiters)
            {
                done.TrySetCanceled();
            }
        }
    }
}
