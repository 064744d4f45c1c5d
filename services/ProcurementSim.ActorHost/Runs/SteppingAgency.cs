using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Results;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>The agency actor behind the host.</summary>
public sealed class SteppingAgency(AgencyActor agency) : ISteppingActor
{
    /// <inheritdoc />
    public int Id => ActorIds.Agency;

    /// <inheritdoc />
    public void Step(int tick, ReadOnlySpan<Envelope> inbox) => agency.Step(tick, inbox);

    /// <inheritdoc />
    public IReadOnlyList<Envelope> Sent => agency.Outbox.Items;

    /// <inheritdoc />
    public IReadOnlyList<SimEvent> Events => agency.Events.Events;

    /// <inheritdoc />
    public void WriteReport(AdvanceTickResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Agency = ReportMapping.ToProto(agency.Report);
    }
}
