using Grpc.Core;
using Microsoft.Extensions.Options;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults;
using ProcurementSim.ServiceDefaults.Streams;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>
/// The actor service's delivery streams (Inbox.DeliverWaves; Inbox.Deliver to a peer that predates it): one open stream
/// per peer address, shared by every run and actor sending there, each message a wave of deliveries
/// (docs/ARCHITECTURE.md, "The tick stream"). A delivery waits at most
/// <see cref="ProcSimOptions.CallTimeoutSeconds"/>, as a unary call does, and is retried as one; deliveries are
/// idempotent (a repeat is answered Ack.duplicate).
/// </summary>
public sealed class DeliveryStreams(PeerChannels peers, IOptions<ProcSimOptions> options, TimeProvider time) : IAsyncDisposable
{
    private readonly MultiplexedStreams<DeliveryRequest, DeliveryResponse> _streams = new(new Protocol(), peers, options.Value, time);

    /// <summary>Delivers one message to the service at <paramref name="address"/>; its Ack.</summary>
    /// <exception cref="RpcException">The recipient refused it, or it was not delivered after its tries.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<Ack> DeliverAsync(string address, Func<DeliveryRequest> message, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow().UtcDateTime.AddSeconds(options.Value.CallTimeoutSeconds);
        var answer = await _streams.SendAsync(address, message, deadline, cancellationToken).ConfigureAwait(false);
        return answer.Ack;
    }

    public ValueTask DisposeAsync() => _streams.DisposeAsync();

    private sealed class Protocol : IWaveProtocol<DeliveryRequest, DeliveryResponse>
    {
        public string Name => "Deliver";

        public string WavesName => "DeliverWaves";

        public AsyncDuplexStreamingCall<DeliveryRequest, DeliveryResponse> Open(CallInvoker invoker, CancellationToken closed) =>
            new Inbox.InboxClient(invoker).Deliver(cancellationToken: closed);

        public IStreamCall<DeliveryRequest, DeliveryResponse> OpenWaves(CallInvoker invoker, CancellationToken closed) =>
            new WaveStreamCall<DeliveryRequest, DeliveryResponse, DeliveryWaveRequest, DeliveryWaveResponse>(
                new Inbox.InboxClient(invoker).DeliverWaves(cancellationToken: closed),
                deliveries =>
                {
                    var wave = new DeliveryWaveRequest();
                    wave.Deliveries.AddRange(deliveries);
                    return wave;
                },
                wave => wave.Answers);

        public void Number(DeliveryRequest request, ulong callId, int timeoutMilliseconds)
        {
            request.CallId = callId;
            request.TimeoutMs = timeoutMilliseconds;
        }

        // Applying a message does not wait, so there is nothing to withdraw.
        public DeliveryRequest? Cancel(ulong callId) => null;

        public ulong CallIdOf(DeliveryResponse response) => response.CallId;

        public RpcException? FailureOf(DeliveryResponse response) =>
            response.OutcomeCase == DeliveryResponse.OutcomeOneofCase.Ack ? null : StreamFailure.ToException(response.Failure, "a delivery");
    }
}
