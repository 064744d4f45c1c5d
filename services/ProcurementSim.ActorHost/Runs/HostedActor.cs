using ProcurementSim.Core.Messages;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>
/// One actor of one run on this service: the Core actor, its inbox buffers per tick, the tick it has reached,
/// the tick it played but has not finished delivering, and the answers it gave.
/// </summary>
public sealed class HostedActor(SteppingActor actor)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, InboxBuffer> _buffers = [];
    private readonly Dictionary<int, TickAnswer> _answers = [];
    private int _played;

    /// <summary>Actor id.</summary>
    public int Id => actor.Id;

    /// <summary>Held by whoever plays or finishes a tick of this actor: one tick at a time, once.</summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>Ticks played so far (the next tick to play).</summary>
    public int Played
    {
        get
        {
            lock (_gate) return _played;
        }
    }

    /// <summary>The tick played but not yet fully delivered and published; read and written under <see cref="Turn"/>.</summary>
    public PlayedTick? Pending { get; private set; }

    /// <summary>The answer given for <paramref name="tick"/>, if the tick is finished.</summary>
    public bool TryGetAnswer(int tick, out TickAnswer answer)
    {
        lock (_gate) return _answers.TryGetValue(tick, out answer!);
    }

    /// <summary>The buffer of messages to apply at <paramref name="tick"/> (created on first use).</summary>
    public InboxBuffer BufferFor(int tick)
    {
        lock (_gate) return GetOrCreate(tick);
    }

    /// <summary>
    /// Buffers a message for <paramref name="tick"/>. Messages of tick t are sent while every actor plays t, so the
    /// furthest a sender can be ahead is one tick; the buffer of the tick just played is kept to recognise retries.
    /// </summary>
    public DeliveryOutcome Deliver(int tick, MessageKey key, Envelope envelope)
    {
        InboxBuffer buffer;
        lock (_gate)
        {
            if (tick > _played + 1) return DeliveryOutcome.TooEarly;
            if (tick < _played - 1) return DeliveryOutcome.TooLate;
            buffer = GetOrCreate(tick);
        }
        return buffer.Add(key, envelope);
    }

    /// <summary>
    /// Plays <paramref name="tick"/> (which must be <see cref="Played"/>) on its sealed buffer plus the injects, in
    /// canonical order, and keeps what the tick produced as <see cref="Pending"/>. Call under <see cref="Turn"/>.
    /// </summary>
    public PlayedTick Play(int tick, IReadOnlyList<Envelope> injects)
    {
        ArgumentNullException.ThrowIfNull(injects);
        var buffer = BufferFor(tick);
        Envelope[] inbox = [.. buffer.Seal(), .. injects];
        Array.Sort(inbox);
        actor.Step(tick, inbox);
        var played = new PlayedTick(tick, [.. actor.Sent], [.. actor.Events], actor.Answer(tick));
        Pending = played;
        lock (_gate)
        {
            _played = tick + 1;
            foreach (var old in _buffers.Keys.Where(k => k < tick).ToList()) _buffers.Remove(old);
        }
        return played;
    }

    /// <summary>Marks the pending tick delivered and published: from now on its answer is replayed. Call under <see cref="Turn"/>.</summary>
    public void Complete(PlayedTick played)
    {
        ArgumentNullException.ThrowIfNull(played);
        lock (_gate) _answers[played.Tick] = played.Answer;
        Pending = null;
    }

    private InboxBuffer GetOrCreate(int tick)
    {
        if (!_buffers.TryGetValue(tick, out var buffer)) _buffers[tick] = buffer = new InboxBuffer();
        return buffer;
    }
}
