using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>
/// A Core actor as the host drives it: play a tick, then read what it sent and logged, and answer. What the agency and
/// the vendors share is here; <see cref="SteppingAgency"/> and <see cref="SteppingVendor"/> add how each plays a tick
/// and copies its report.
/// </summary>
/// <param name="id">Actor id.</param>
/// <param name="outbox">The actor's outbox (emptied by the actor at each tick).</param>
/// <param name="events">The actor's event log (emptied by the actor at each tick).</param>
public abstract class SteppingActor(int id, Outbox outbox, EventLog events)
{
    /// <summary>Actor id.</summary>
    public int Id => id;

    /// <summary>What it sent during the last tick (reused by the next: copy what you keep).</summary>
    public IReadOnlyList<Envelope> Sent => outbox.Items;

    /// <summary>What it logged during the last tick (reused by the next: copy what you keep).</summary>
    public IReadOnlyList<SimEvent> Events => events.Events;

    /// <summary>Plays one tick on an inbox in canonical order.</summary>
    public abstract void Step(int tick, ReadOnlySpan<Envelope> inbox);

    /// <summary>The answer for <paramref name="tick"/>, just played: what was sent to whom, the events, a copy of the report.</summary>
    public TickAnswer Answer(int tick)
    {
        var sent = new Dictionary<int, int>();
        foreach (var e in Sent) sent[e.To] = sent.GetValueOrDefault(e.To) + 1;
        return WithReport(new TickAnswer(Id, tick, Events.Count, sent));
    }

    /// <summary><paramref name="answer"/> with a copy of the last tick's report.</summary>
    protected abstract TickAnswer WithReport(TickAnswer answer);
}
