using Grpc.Core;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.ActorHost.Ticks;
using ProcurementSim.Core.Messages;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults;
using CoreAward = ProcurementSim.Core.Messages.ContractAwarded;
using CoreClarification = ProcurementSim.Core.Messages.ClarificationRequested;
using CoreSolicitation = ProcurementSim.Core.Messages.SolicitationIssued;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>
/// Delivers what an actor sent during a tick: each envelope becomes the typed RPC of the recipient's service
/// (Vendor.* to a vendor, Agency.* to the agency) on the recipient's address, all in parallel, every Ack awaited.
/// Redelivering is harmless: the recipient applies a message once and answers a retry with Ack.duplicate.
/// </summary>
public sealed class OutboxDelivery(PeerChannels channels) : IPeerDelivery
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
            await CallAsync(channels.For(address), run.Id, tick, e, cancellationToken).ConfigureAwait(false);
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

    private static async Task CallAsync(CallInvoker invoker, string runId, int tick, Envelope e, CancellationToken cancellationToken)
    {
        var header = new MessageHeader { RunId = runId, Tick = tick, From = e.From, To = e.To, Sequence = e.Sequence };
        var options = new CallOptions(cancellationToken: cancellationToken);
        _ = e.Body switch
        {
            Tasking m => await new Vendor.VendorClient(invoker).SetTaskingAsync(VendorMessageMapping.ToRequest(m, header), options),
            TermsProposal m => await new Vendor.VendorClient(invoker).ProposeTermsAsync(VendorMessageMapping.ToRequest(m, header), options),
            CoreSolicitation m => await new Vendor.VendorClient(invoker).SolicitAsync(VendorMessageMapping.ToRequest(m, header), options),
            CoreAward m => await new Vendor.VendorClient(invoker).AwardAsync(VendorMessageMapping.ToRequest(m, header), options),
            TerminationNotice m => await new Vendor.VendorClient(invoker).GiveNoticeAsync(VendorMessageMapping.ToRequest(m, header), options),
            ComplianceIncident m => await new Vendor.VendorClient(invoker).ReportIncidentAsync(VendorMessageMapping.ToRequest(m, header), options),
            TermsResponse m => await new Agency.AgencyClient(invoker).AnswerTermsAsync(AgencyMessageMapping.ToRequest(m, header), options),
            BidSubmitted m => await new Agency.AgencyClient(invoker).SubmitBidAsync(AgencyMessageMapping.ToRequest(m, header), options),
            AccreditationResult m => await new Agency.AgencyClient(invoker).ReportAccreditationAsync(AgencyMessageMapping.ToRequest(m, header), options),
            ReadinessReport m => await new Agency.AgencyClient(invoker).ReportReadinessAsync(AgencyMessageMapping.ToRequest(m, header), options),
            CoreClarification m => await new Agency.AgencyClient(invoker).RequestClarificationAsync(AgencyMessageMapping.ToRequest(m, header), options),
            _ => throw new InvalidOperationException($"actor {e.From} sent a {e.Body.GetType().Name}, which no RPC carries"),
        };
    }
}
