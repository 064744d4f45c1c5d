using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Messages;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>A vendor actor behind the host.</summary>
public sealed class SteppingVendor(VendorActor vendor) : SteppingActor(vendor.Id, vendor.Outbox, vendor.Events)
{
    /// <inheritdoc />
    public override void Step(int tick, ReadOnlySpan<Envelope> inbox) => vendor.Step(tick, inbox);

    /// <inheritdoc />
    protected override TickAnswer WithReport(TickAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var r = vendor.Report;
        var copy = new VendorTickReport(r.Tasked.Length)
        {
            Spend = r.Spend,
            ShadowSpend = r.ShadowSpend,
            Trust = r.Trust,
            Status = r.Status,
        };
        r.Tasked.CopyTo(copy.Tasked, 0);
        r.Served.CopyTo(copy.Served, 0);
        r.Refused.CopyTo(copy.Refused, 0);
        r.Effective.CopyTo(copy.Effective, 0);
        return answer with { Vendor = copy };
    }
}
