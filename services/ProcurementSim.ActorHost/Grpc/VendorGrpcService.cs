using Grpc.Core;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>
/// The Vendor service: what the agency sends a vendor, buffered for the vendor's next tick, once. Each RPC names only its
/// body's checks and mapping; the rest is the <see cref="DeliveryReceiver"/> it shares with the Agency service.
/// </summary>
public sealed class VendorGrpcService(DeliveryReceiver receiver) : Vendor.VendorBase
{
    /// <inheritdoc />
    public override Task<Ack> SetTasking(TaskingRequest request, ServerCallContext context) =>
        receiver.ToVendor(request, request?.Header, nameof(SetTasking), DeliveryChecks.Check, VendorMessageMapping.ToCore);

    /// <inheritdoc />
    public override Task<Ack> ProposeTerms(TermsProposalRequest request, ServerCallContext context) =>
        receiver.ToVendor(request, request?.Header, nameof(ProposeTerms), DeliveryChecks.Check, VendorMessageMapping.ToCore);

    /// <inheritdoc />
    public override Task<Ack> Solicit(SolicitationRequest request, ServerCallContext context) =>
        receiver.ToVendor(request, request?.Header, nameof(Solicit), DeliveryChecks.Check, VendorMessageMapping.ToCore);

    /// <inheritdoc />
    public override Task<Ack> Award(AwardRequest request, ServerCallContext context) =>
        receiver.ToVendor(request, request?.Header, nameof(Award), DeliveryChecks.Check, VendorMessageMapping.ToCore);

    /// <inheritdoc />
    public override Task<Ack> GiveNotice(NoticeRequest request, ServerCallContext context) =>
        receiver.ToVendor(request, request?.Header, nameof(GiveNotice), DeliveryChecks.Check, VendorMessageMapping.ToCore);

    /// <inheritdoc />
    public override Task<Ack> ReportIncident(IncidentRequest request, ServerCallContext context) =>
        receiver.ToVendor(request, request?.Header, nameof(ReportIncident), DeliveryChecks.Check, VendorMessageMapping.ToCore);
}
