using Grpc.Core;
using ProcurementSim.ActorHost.Delivery;
using ProcurementSim.ActorHost.Mapping;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>The Agency service: what vendors send the agency, buffered for the agency's next tick, once.</summary>
public sealed class AgencyGrpcService(DeliveryReceiver receiver) : Agency.AgencyBase
{
    /// <inheritdoc />
    public override Task<Ack> AnswerTerms(TermsAnswerRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(receiver.Receive(request.Header, nameof(AnswerTerms), toAgency: true,
            (s, e) => DeliveryChecks.Check(request, s, e), () => AgencyMessageMapping.ToCore(request)));
    }

    /// <inheritdoc />
    public override Task<Ack> SubmitBid(BidRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(receiver.Receive(request.Header, nameof(SubmitBid), toAgency: true,
            (s, e) => DeliveryChecks.Check(request, s, e), () => AgencyMessageMapping.ToCore(request)));
    }

    /// <inheritdoc />
    public override Task<Ack> ReportAccreditation(AccreditationRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(receiver.Receive(request.Header, nameof(ReportAccreditation), toAgency: true,
            (_, _) => { }, () => AgencyMessageMapping.ToCore(request)));
    }

    /// <inheritdoc />
    public override Task<Ack> ReportReadiness(ReadinessRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(receiver.Receive(request.Header, nameof(ReportReadiness), toAgency: true,
            (_, e) => DeliveryChecks.Check(request, e), () => AgencyMessageMapping.ToCore(request)));
    }

    /// <inheritdoc />
    public override Task<Ack> RequestClarification(ClarificationRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(receiver.Receive(request.Header, nameof(RequestClarification), toAgency: true,
            (_, e) => DeliveryChecks.Check(request, e), () => AgencyMessageMapping.ToCore(request)));
    }
}
