using ProcurementSim.Contracts;

namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>The events every hosted service published, as the orchestrator would consume them (one of each identity).</summary>
public sealed class EventSink
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Run, int Tick, int Actor), SortedDictionary<int, RunEventData>> _events = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many events arrived in all, duplicates included.</summary>
    public int Received { get; private set; }

    public void Add(string runId, RunEventData e)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            Received++;
            var key = (runId, e.Tick, e.ActorId);
            if (!_events.TryGetValue(key, out var bySequence)) _events[key] = bySequence = [];
            bySequence.TryAdd(e.Sequence, e);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>The actor's events of the tick, by sequence, once <paramref name="count"/> of them are there.</summary>
    public async Task<IReadOnlyList<RunEventData>> WaitForAsync(string runId, int tick, int actorId, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var held = _events.GetValueOrDefault((runId, tick, actorId));
                if ((held?.Count ?? 0) >= count) return held is null ? [] : [.. held.Values];
                changed = _changed.Task;
            }
            await changed.WaitAsync(timeout.Token);
        }
    }
}
