using Grpc.Core;
using Microsoft.Extensions.Hosting;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults.Streams;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>
/// The Inbox service: the Agency and Vendor deliveries on one stream per sender (Inbox.Deliver, or DeliverWaves whose
/// messages carry waves of deliveries). Each delivery is applied by the RPC of the same name (the same checks, the same
/// once-only buffering) in the order it comes, and answered with its call id; a refusal is its answer. When the service starts stopping it reads no more messages and
/// ends the stream, so its shutdown never waits for a stream a peer keeps open.
/// </summary>
public sealed class InboxService(DeliveryReceiver receiver, IHostApplicationLifetime lifetime) : Inbox.InboxBase
{
    private readonly AgencyGrpcService _agency = new(receiver);
    private readonly VendorGrpcService _vendor = new(receiver);

    /// <inheritdoc />
    public override async Task Deliver(IAsyncStreamReader<DeliveryRequest> requestStream, IServerStreamWriter<DeliveryResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var stopping = lifetime.ApplicationStopping;
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, stopping);
        try
        {
            while (await requestStream.MoveNext(reading.Token).ConfigureAwait(false))
            {
                await responseStream.WriteAsync(await AnswerAsync(requestStream.Current, context).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
        {
            // The service is stopping: the sender's messages not yet answered go again on a new stream (to a replica that is up, or fail).
        }
    }

    /// <summary>
    /// Deliver with its messages batched: each message of the stream carries a wave of deliveries, applied in order;
    /// their answers go out through one writer, every answer ready while its previous write was under way in one message.
    /// </summary>
    public override async Task DeliverWaves(
        IAsyncStreamReader<DeliveryWaveRequest> requestStream, IServerStreamWriter<DeliveryWaveResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var answers = new AnswerWaves<DeliveryResponse>(wave =>
        {
            var message = new DeliveryWaveResponse();
            message.Answers.AddRange(wave);
            // No token: a server stream writer ends with its call, and one wrapped by an interceptor may not take a cancellable write.
            return responseStream.WriteAsync(message);
        });
        var writing = answers.WriteAllAsync(context.CancellationToken);
        var stopping = lifetime.ApplicationStopping;
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, stopping);
        try
        {
            while (await requestStream.MoveNext(reading.Token).ConfigureAwait(false))
            {
                foreach (var request in requestStream.Current.Deliveries)
                {
                    answers.Add(await AnswerAsync(request, context).ConfigureAwait(false));
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested)
        {
            // The service is stopping: as Deliver, the answers already made are written and the rest go again elsewhere.
        }
        finally
        {
            answers.Complete();
        }

        await writing.ConfigureAwait(false);
    }

    private async Task<DeliveryResponse> AnswerAsync(DeliveryRequest request, ServerCallContext context)
    {
        var answer = new DeliveryResponse { CallId = request.CallId };
        try
        {
            answer.Ack = await ApplyAsync(request, context).ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            answer.Failure = new TickFailure { Code = (int)e.StatusCode, Message = e.Status.Detail };
        }

        return answer;
    }

    private Task<Ack> ApplyAsync(DeliveryRequest request, ServerCallContext context) => request.BodyCase switch
    {
        DeliveryRequest.BodyOneofCase.SetTasking => _vendor.SetTasking(request.SetTasking, context),
        DeliveryRequest.BodyOneofCase.ProposeTerms => _vendor.ProposeTerms(request.ProposeTerms, context),
        DeliveryRequest.BodyOneofCase.Solicit => _vendor.Solicit(request.Solicit, context),
        DeliveryRequest.BodyOneofCase.Award => _vendor.Award(request.Award, context),
        DeliveryRequest.BodyOneofCase.GiveNotice => _vendor.GiveNotice(request.GiveNotice, context),
        DeliveryRequest.BodyOneofCase.ReportIncident => _vendor.ReportIncident(request.ReportIncident, context),
        DeliveryRequest.BodyOneofCase.AnswerTerms => _agency.AnswerTerms(request.AnswerTerms, context),
        DeliveryRequest.BodyOneofCase.SubmitBid => _agency.SubmitBid(request.SubmitBid, context),
        DeliveryRequest.BodyOneofCase.ReportAccreditation => _agency.ReportAccreditation(request.ReportAccreditation, context),
        DeliveryRequest.BodyOneofCase.ReportReadiness => _agency.ReportReadiness(request.ReportReadiness, context),
        DeliveryRequest.BodyOneofCase.RequestClarification => _agency.RequestClarification(request.RequestClarification, context),
        _ => throw RpcErrors.InvalidArgument("a delivery needs its message (one of the Agency or Vendor requests)",
            [new Google.Rpc.BadRequest.Types.FieldViolation { Field = "body", Description = "no message" }]),
    };
}
