using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;

namespace ProcurementSim.Orchestrator.Store;

/// <summary>One entry of a run's stored event log: the <see cref="SimEvent"/> with where it came from.</summary>
/// <param name="Tick">The tick.</param>
/// <param name="ActorId">Who logged it (0 = the orchestrator's injects, 1 = agency, 2+i = vendor i).</param>
/// <param name="Sequence">Its place among that actor's events of the tick.</param>
/// <param name="Event">The event.</param>
public sealed record StoredEvent(int Tick, int ActorId, int Sequence, SimEvent Event)
{
    /// <summary>Each actor's events of one tick, numbered in the order logged.</summary>
    public static IReadOnlyList<StoredEvent> OfTick(int tick, IReadOnlyList<IReadOnlyList<SimEvent>> eventsByActor)
    {
        ArgumentNullException.ThrowIfNull(eventsByActor);
        var events = new List<StoredEvent>();
        for (var a = 0; a < eventsByActor.Count; a++)
        {
            for (var i = 0; i < eventsByActor[a].Count; i++)
            {
                events.Add(new StoredEvent(tick, a, i, eventsByActor[a][i]));
            }
        }

        return events;
    }
}
