using ProcurementSim.Contracts;

namespace ProcurementSim.Orchestrator.Events;

/// <summary>
/// The events the bus delivered for the runs in play, per (run, tick, actor), each stored once whatever the bus
/// redelivers: (run, tick, actor, sequence) is an event's identity. A tick's loop waits here until an actor's events
/// of the tick have all arrived, then takes them in sequence order. Events of runs not in play are dropped, and so are
/// events of a (tick, actor) already taken: a late redelivery must not re-create a slot that nobody takes again, which
/// would hold its events until the run ends.
/// </summary>
public sealed class RunEventBuffer
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, RunSlots> _runs = new(StringComparer.Ordinal);

    /// <summary>How many runs' events are kept (the runs in play).</summary>
    public int OpenRuns
    {
        get
        {
            lock (_lock)
            {
                return _runs.Count;
            }
        }
    }

    /// <summary>How many (run, tick, actor) slots are held, over every run in play.</summary>
    public int Slots
    {
        get
        {
            lock (_lock)
            {
                return _runs.Values.Sum(r => r.Slots.Count);
            }
        }
    }

    /// <summary>Starts keeping the events of <paramref name="runId"/>.</summary>
    public void Open(string runId)
    {
        lock (_lock)
        {
            _runs.TryAdd(runId, new RunSlots());
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

            slots = [.. run.Slots.Values];
        }

        foreach (var slot in slots)
        {
            slot.CancelWaiters();
        }
    }

    /// <summary>
    /// Stores an event. False when it was already there (a redelivery), its (tick, actor) was already taken (a late
    /// redelivery), or its run is not in play.
    /// </summary>
    public bool Add(string runId, RunEventData data)
    {
        ArgumentNullException.ThrowIfNull(runId);
        ArgumentNullException.ThrowIfNull(data);
        lock (_lock)
        {
            if (!_runs.TryGetValue(runId, out var run) || run.WasTaken(data.Tick, data.ActorId))
            {
                return false;
            }

            return SlotOf(run.Slots, data.Tick, data.ActorId).Add(data);
        }
    }

    /// <summary>How many distinct events of (run, tick, actor) are held.</summary>
    public int Count(string runId, int tick, int actorId)
    {
        lock (_lock)
        {
            return _runs.TryGetValue(runId, out var run) && run.Slots.TryGetValue((tick, actorId), out var slot) ? slot.Count : 0;
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

            return SlotOf(run.Slots, tick, actorId).WaitFor(count, cancellationToken);
        }
    }

    /// <summary>
    /// Removes and returns the events of (run, tick, actor), in sequence order. Later events of that actor at this tick
    /// or an earlier one are dropped (a run takes each actor's ticks in order, once).
    /// </summary>
    public IReadOnlyList<RunEventData> Take(string runId, int tick, int actorId)
    {
        lock (_lock)
        {
            if (!_runs.TryGetValue(runId, out var run))
            {
                return [];
            }

            run.MarkTaken(tick, actorId);
            return run.Slots.Remove((tick, actorId), out var slot) ? slot.Events : [];
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

    /// <summary>A run's slots, and per actor the last tick taken; guarded by the buffer's lock.</summary>
    private sealed class RunSlots
    {
        private readonly Dictionary<int, int> _lastTaken = [];

        public Dictionary<(int Tick, int ActorId), Slot> Slots { get; } = [];

        public bool WasTaken(int tick, int actorId) => _lastTaken.TryGetValue(actorId, out var last) && tick <= last;

        public void MarkTaken(int tick, int actorId)
        {
            if (!WasTaken(tick, actorId))
            {
                _lastTaken[actorId] = tick;
            }
        }
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
