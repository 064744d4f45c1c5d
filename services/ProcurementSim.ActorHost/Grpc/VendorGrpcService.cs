using Grpc.Core;
using ProcurementSim.ActorHost.Delivery;
using ProcurementSim.ActorHost.Mapping;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>The Vendor service: what the agency sends a vendor, buffered for the vendor's next tick, once.</summary>
public sealed class VendorGrpcService(DeliveryReceiver receiver) : Vendor.VendorBase
{
    /// <inheritdoc />
    public override Task<Ack> SetTasking(TaskingRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(receiver.Receive(request.Header, nameof(SetTasking), toAgency: false,
            (s, e) => DeliveryChecks.Check(request, s, e), () => VendorMessageMapping.ToCore(request)));
    }

    /// <inheritdoc />
    public override Task<Ack> ProposeTerms(TermsProposalRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(receiver.Receive(request.Header, nameof(ProposeTerms), toAgency: false,
            (s, e) => DeliveryChecks.Check(request, s, e), () => VendorMessageMapping.ToCore(request)));
    }

    /// <inheritdoc />
    public override Task<Ack> Solicit(SolicitationRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(receiver.Receive(request.Header, nameof(Solicit), toAgency: false,
            (s, e) => DeliveryChecks.Check(request, s, e), () => VendorMessageMapping.ToCore(request)));
    }

    /// <inheritdoc />
    public override Task<Ack> Award(AwardRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(receiver.Receive(request.Header, nameof(Award), toAgency: false,
            (_, e) => DeliveryChecks.Check(request, e), () => VendorMessageMapping.ToCore(request)));
    }

    /// <inheritdoc />
    public override Task<Ack> GiveNotice(NoticeRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(receiver.Receive(request.Header, nameof(GiveNotice), toAgency: false,
            (_, e) => DeliveryChecks.Check(request, e), () => VendorMessageMapping.ToCore(request)));
    }

    /// <inheritdoc />
    public override Task<Ack> ReportIncident(IncidentRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(receiver.Receive(request.Header, nameof(ReportIncident), toAgency: false,
            (s, e) => DeliveryChecks.Check(request, s, e), () => VendorMessageMapping.ToCore(request)));
    }
}
