using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Options;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults;
using ProcurementSim.ServiceDefaults.Streams;

namespace ProcurementSim.Orchestrator.Grpc;

/// <summary>
/// The orchestrator's tick streams (RunLifecycle.AdvanceTickWaves; AdvanceTicks at a service that predates it): one
/// open stream per actor service address, shared by every run in play there, each message a wave of the ticks queued
/// for that service (docs/ARCHITECTURE.md, "The tick stream"). Each tick carries the orchestrator's deadline
/// as timeout_ms and the trace context of its tick; a tick given up on is withdrawn with a cancel. AdvanceTick is
/// idempotent, so a retry of a tick already played gets the same answer.
/// </summary>
public sealed class TickStreams(PeerChannels peers, IOptions<ProcSimOptions> options, TimeProvider time) : IAsyncDisposable
{
    private readonly MultiplexedStreams<TickStreamRequest, TickStreamResponse> _streams = new(new Protocol(), peers, options.Value, time);

    /// <summary>Plays one tick on the stream to <paramref name="address"/>.</summary>
    /// <exception cref="RpcException">The tick failed after its tries, or missed its deadline (DeadlineExceeded).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<AdvanceTickResponse> PlayAsync(string address, AdvanceTickRequest tick, DateTime deadline, CancellationToken cancellationToken)
    {
        var answer = await _streams.SendAsync(address, () => Request(tick), deadline, cancellationToken).ConfigureAwait(false);
        return answer.Played;
    }

    public ValueTask DisposeAsync() => _streams.DisposeAsync();

    // The actor's work joins the orchestrator's tick: the request carries its trace context.
    private static TickStreamRequest Request(AdvanceTickRequest tick)
    {
        var request = new TickStreamRequest { Tick = tick };
        if (Activity.Current is { } activity)
        {
            request.Traceparent = activity.Id ?? string.Empty;
            request.Tracestate = activity.TraceStateString ?? string.Empty;
        }
        return request;
    }

    private sealed class Protocol : IWaveProtocol<TickStreamRequest, TickStreamResponse>
    {
        public string Name => "AdvanceTicks";

        public string WavesName => "AdvanceTickWaves";

        public AsyncDuplexStreamingCall<TickStreamRequest, TickStreamResponse> Open(CallInvoker invoker, CancellationToken closed) =>
            new RunLifecycle.RunLifecycleClient(invoker).AdvanceTicks(cancellationToken: closed);

        public IStreamCall<TickStreamRequest, TickStreamResponse> OpenWaves(CallInvoker invoker, CancellationToken closed) =>
            new WaveStreamCall<TickStreamRequest, TickStreamResponse, TickWaveRequest, TickWaveResponse>(
                new RunLifecycle.RunLifecycleClient(invoker).AdvanceTickWaves(cancellationToken: closed),
                ticks =>
                {
                    var wave = new TickWaveRequest();
                    wave.Ticks.AddRange(ticks);
                    return wave;
                },
                wave => wave.Answers);

        public void Number(TickStreamRequest request, ulong callId, int timeoutMilliseconds)
        {
            request.CallId = callId;
            request.TimeoutMs = timeoutMilliseconds;
        }

        public TickStreamRequest Cancel(ulong callId) => new() { CallId = callId, Cancel = true };

        public ulong CallIdOf(TickStreamResponse response) => response.CallId;

        public RpcException? FailureOf(TickStreamResponse response) =>
            response.OutcomeCase == TickStreamResponse.OutcomeOneofCase.Played ? null : StreamFailure.ToException(response.Failure, "a tick");
    }
}
