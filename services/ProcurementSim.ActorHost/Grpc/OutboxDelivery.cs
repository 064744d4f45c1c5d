using Grpc.Core;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.ActorHost.Ticks;
using ProcurementSim.Core.Messages;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;
using CoreAward = ProcurementSim.Core.Messages.ContractAwarded;
using CoreClarification = ProcurementSim.Core.Messages.ClarificationRequested;
using CoreSolicitation = ProcurementSim.Core.Messages.SolicitationIssued;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>
/// Delivers what an actor sent during a tick: each envelope becomes the typed request of the recipient's service
/// (Vendor.* to a vendor, Agency.* to the agency), sent on the delivery stream to the recipient's address
/// (<see cref="DeliveryStreams"/>), all at once, every Ack awaited. Redelivering is harmless: the recipient applies a
/// message once and answers a retry with Ack.duplicate.
/// </summary>
public sealed class OutboxDelivery(DeliveryStreams streams) : IPeerDelivery
{
    /// <inheritdoc />
    public Task DeliverAsync(HostedRun run, PlayedTick played, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(played);
        return played.Sent.Count == 0
            ? Task.CompletedTask
            : Task.WhenAll(played.Sent.Select(e => SendAsync(run, played.Tick, e, cancellationToken)));
    }

    private async Task SendAsync(HostedRun run, int tick, Envelope e, CancellationToken cancellationToken)
    {
        // InitRun checked that every actor of the scenario has a peer address.
        var address = run.Peers[e.To];
        try
        {
            await streams.DeliverAsync(address, () => Request(run.Id, tick, e), cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Transient failures leave the tick unfinished (Unavailable), so the orchestrator's retry of AdvanceTick
            // finishes it; a refusal (the peer lost the run, or the protocol broke) is no better on a retry.
            var transient = ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted or StatusCode.Aborted;
            var sentence = $"actor {e.From} of run '{run.Id}' played tick {tick} but could not deliver its message {e.Sequence} " +
                $"({e.Body.GetType().Name}) to actor {e.To} at {address}: {ex.StatusCode}: {ex.Status.Detail}" +
                (transient ? "; retry AdvanceTick to finish the tick" : "");
            throw transient ? new TickUnfinishedException(sentence, ex) : new TickRefusedException(sentence, ex);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled)
        {
            // This side gave the call up (the service is stopping): a cancellation, as IPeerDelivery's callers expect.
            throw new OperationCanceledException($"the delivery to actor {e.To} at {address} was cancelled", ex, cancellationToken);
        }
    }

    private static DeliveryRequest Request(string runId, int tick, Envelope e)
    {
        var header = new MessageHeader { RunId = runId, Tick = tick, From = e.From, To = e.To, Sequence = e.Sequence };
        return e.Body switch
        {
            Tasking m => new DeliveryRequest { SetTasking = VendorMessageMapping.ToRequest(m, header) },
            TermsProposal m => new DeliveryRequest { ProposeTerms = VendorMessageMapping.ToRequest(m, header) },
            CoreSolicitation m => new DeliveryRequest { Solicit = VendorMessageMapping.ToRequest(m, header) },
            CoreAward m => new DeliveryRequest { Award = VendorMessageMapping.ToRequest(m, header) },
            TerminationNotice m => new DeliveryRequest { GiveNotice = VendorMessageMapping.ToRequest(m, header) },
            ComplianceIncident m => new DeliveryRequest { ReportIncident = VendorMessageMapping.ToRequest(m, header) },
            TermsResponse m => new DeliveryRequest { AnswerTerms = AgencyMessageMapping.ToRequest(m, header) },
            BidSubmitted m => new DeliveryRequest { SubmitBid = AgencyMessageMapping.ToRequest(m, header) },
            AccreditationResult m => new DeliveryRequest { ReportAccreditation = AgencyMessageMapping.ToRequest(m, header) },
            ReadinessReport m => new DeliveryRequest { ReportReadiness = AgencyMessageMapping.ToRequest(m, header) },
            CoreClarification m => new DeliveryRequest { RequestClarification = AgencyMessageMapping.ToRequest(m, header) },
            _ => throw new InvalidOperationException($"actor {e.From} sent a {e.Body.GetType().Name}, which no delivery carries"),
        };
    }
}
