using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Results;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>A vendor actor behind the host.</summary>
public sealed class SteppingVendor(VendorActor vendor) : ISteppingActor
{
    /// <inheritdoc />
    public int Id => vendor.Id;

    /// <inheritdoc />
    public void Step(int tick, ReadOnlySpan<Envelope> inbox) => vendor.Step(tick, inbox);

    /// <inheritdoc />
    public IReadOnlyList<Envelope> Sent => vendor.Outbox.Items;

    /// <inheritdoc />
    public IReadOnlyList<SimEvent> Events => vendor.Events.Events;

    /// <inheritdoc />
    public void WriteReport(AdvanceTickResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Vendor = ReportMapping.ToProto(vendor.Report);
    }
}
