using ProcurementSim.Contracts;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;

namespace ProcurementSim.Protocol.Mapping;

/// <summary>Event-log entries between the Core and the bus: the actor services publish them, the orchestrator records them.</summary>
public static class EventMapping
{
    /// <summary>The bus form of an actor's <paramref name="sequence"/>-th event of tick <paramref name="tick"/>.</summary>
    public static RunEventData ToData(int tick, int actorId, int sequence, SimEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new RunEventData(tick, actorId, sequence, e.Kind, e.Actor, e.Subject, e.Detail, e.Key);
    }

    /// <summary>The Core form of a bus event.</summary>
    public static SimEvent ToSimEvent(RunEventData e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new SimEvent(e.Tick, e.Kind, e.Actor, e.Subject, e.Detail, e.Key);
    }
}
