using ProcurementSim.Core.Messages;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>
/// The messages one actor will apply at one tick, as they arrive (in any order, possibly twice). Deduplicates by
/// <see cref="MessageKey"/>; lets the tick wait until the senders' announced counts are all there; is sealed
/// when the tick is played, after which a new message is late and a known one is still a duplicate.
/// </summary>
public sealed class InboxBuffer
{
    private readonly Lock _gate = new();
    private readonly Dictionary<MessageKey, Envelope> _messages = [];
    private readonly Dictionary<int, int> _bySender = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _sealed;

    /// <summary>Messages held.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _messages.Count;
        }
    }

    /// <summary>Adds a message unless it is already there; wakes waiters.</summary>
    public DeliveryOutcome Add(MessageKey key, Envelope envelope)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (_messages.ContainsKey(key)) return DeliveryOutcome.Duplicate;
            if (_sealed) return DeliveryOutcome.TooLate;
            _messages.Add(key, envelope);
            _bySender[key.From] = _bySender.GetValueOrDefault(key.From) + 1;
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
        return DeliveryOutcome.Added;
    }

    /// <summary>Completes once it holds at least <paramref name="expected"/> messages from each sender (sender id → count).</summary>
    public async Task WaitForAsync(IReadOnlyDictionary<int, int> expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expected);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (Missing(expected).Count == 0) return;
                changed = _changed.Task;
            }
            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True when it holds exactly <paramref name="expected"/> messages from each sender (sender id → count) and none from another.</summary>
    public bool HoldsExactly(IReadOnlyDictionary<int, int> expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        lock (_gate)
        {
            if (_bySender.Count != expected.Count) return false;
            foreach (var (sender, count) in expected)
            {
                if (count <= 0 || _bySender.GetValueOrDefault(sender) != count) return false;
            }

            return true;
        }
    }

    /// <summary>Senders still short of their expected count, with how many are there.</summary>
    public IReadOnlyList<SenderCount> Missing(IReadOnlyDictionary<int, int> expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        lock (_gate)
        {
            return [.. expected.Where(e => _bySender.GetValueOrDefault(e.Key) < e.Value)
                .OrderBy(e => e.Key)
                .Select(e => new SenderCount(e.Key, e.Value, _bySender.GetValueOrDefault(e.Key)))];
        }
    }

    /// <summary>Senders that delivered more than announced (a sender absent from <paramref name="expected"/> announced none).</summary>
    public IReadOnlyList<SenderCount> Excess(IReadOnlyDictionary<int, int> expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        lock (_gate)
        {
            return [.. _bySender.Where(s => s.Value > expected.GetValueOrDefault(s.Key))
                .OrderBy(s => s.Key)
                .Select(s => new SenderCount(s.Key, expected.GetValueOrDefault(s.Key), s.Value))];
        }
    }

    /// <summary>Seals the buffer (the tick is being played) and returns its messages, unordered.</summary>
    public Envelope[] Seal()
    {
        lock (_gate)
        {
            _sealed = true;
            return [.. _messages.Values];
        }
    }
}
