using ProcurementSim.Contracts;
using ProcurementSim.Core.Events;
using ProcurementSim.Protocol.Mapping;

namespace ProcurementSim.Orchestrator.Mapping;

/// <summary>The bus events of an actor's tick as Core events, through the one mapping in the Protocol project.</summary>
public static class BusEvents
{
    /// <summary>The events, in the order given.</summary>
    public static IReadOnlyList<SimEvent> ToSimEvents(IEnumerable<RunEventData> events) => [.. events.Select(EventMapping.ToSimEvent)];
}
