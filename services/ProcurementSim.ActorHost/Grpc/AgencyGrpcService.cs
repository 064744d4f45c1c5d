using Grpc.Core;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>
/// The Agency service: what vendors send the agency, buffered for the agency's next tick, once. Each RPC names only its
/// body's checks and mapping; the rest is the <see cref="DeliveryReceiver"/> it shares with the Vendor service.
/// </summary>
public sealed class AgencyGrpcService(DeliveryReceiver receiver) : Agency.AgencyBase
{
    /// <inheritdoc />
    public override Task<Ack> AnswerTerms(TermsAnswerRequest request, ServerCallContext context) =>
        receiver.ToAgency(request, request?.Header, nameof(AnswerTerms), DeliveryChecks.Check, AgencyMessageMapping.ToCore);

    /// <inheritdoc />
    public override Task<Ack> SubmitBid(BidRequest request, ServerCallContext context) =>
        receiver.ToAgency(request, request?.Header, nameof(SubmitBid), DeliveryChecks.Check, AgencyMessageMapping.ToCore);

    /// <inheritdoc />
    public override Task<Ack> ReportAccreditation(AccreditationRequest request, ServerCallContext context) =>
        receiver.ToAgency(request, request?.Header, nameof(ReportAccreditation), DeliveryChecks.Check, AgencyMessageMapping.ToCore);

    /// <inheritdoc />
    public override Task<Ack> ReportReadiness(ReadinessRequest request, ServerCallContext context) =>
        receiver.ToAgency(request, request?.Header, nameof(ReportReadiness), DeliveryChecks.Check, AgencyMessageMapping.ToCore);

    /// <inheritdoc />
    public override Task<Ack> RequestClarification(ClarificationRequest request, ServerCallContext context) =>
        receiver.ToAgency(request, request?.Header, nameof(RequestClarification), DeliveryChecks.Check, AgencyMessageMapping.ToCore);
}
