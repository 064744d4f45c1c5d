using ProcurementSim.Contracts;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;

namespace ProcurementSim.Orchestrator.Mapping;

/// <summary>
/// Bus events in the Core's form. (Reports and injects on the gRPC wire: <see cref="Protocol.Mapping.ReportMapping"/>
/// and <see cref="Protocol.Mapping.InjectMapping"/>, shared with the actor services.)
/// </summary>
public static class WireMapping
{
    /// <summary>The Core form of an event the bus delivered.</summary>
    public static SimEvent ToSimEvent(RunEventData e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new SimEvent(e.Tick, e.Kind, e.Actor, e.Subject, e.Detail, e.Key);
    }
}
