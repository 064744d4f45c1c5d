using Grpc.Core;
using Grpc.Core.Interceptors;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// A server interceptor for an actor service that makes one actor stop answering: the first run whose actor
/// <paramref name="actorId"/> reaches tick <paramref name="tick"/> hangs there (its AdvanceTick never returns until the
/// caller gives up; on the tick stream or its wave form, the tick never reaches the service, and the orchestrator's cancel of it is
/// the caller giving up). Every other call or tick, of that run or any other, goes through.
/// </summary>
public sealed class StuckActor(int actorId, int tick) : Interceptor
{
    private readonly TaskCompletionSource<string> _stuck = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the run id once a run is stuck.</summary>
    public Task<string> Stuck => _stuck.Task;

    /// <summary>When the stuck call ended (its caller's deadline passed), UTC; null while it hangs.</summary>
    public DateTime? Released { get; private set; }

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(continuation);
        if (request is AdvanceTickRequest advance && Hangs(advance))
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
            }
            finally
            {
                Released = DateTime.UtcNow;
            }
        }

        return await continuation(request, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        if (requestStream is IAsyncStreamReader<TickWaveRequest> waves)
        {
            // The wave form (AdvanceTickWaves): the same, entry by entry, each handed to the service as a wave of one.
            var swallowing = new Swallowing(this, new EntriesOfWaves<TickWaveRequest, TickStreamRequest>(waves, w => w.Ticks));
            return continuation((IAsyncStreamReader<TRequest>)(object)new WavesOfOne<TickStreamRequest, TickWaveRequest>(swallowing, WaveOf.Tick), responseStream, context);
        }

        return requestStream is IAsyncStreamReader<TickStreamRequest> ticks
            ? continuation((IAsyncStreamReader<TRequest>)(object)new Swallowing(this, ticks), responseStream, context)
            : continuation(requestStream, responseStream, context);
    }

    private bool Hangs(AdvanceTickRequest advance) =>
        advance.ActorId == actorId && advance.Tick == tick && (_stuck.TrySetResult(advance.RunId) || _stuck.Task.Result == advance.RunId);

    // The tick stream as the service reads it, without the stuck tick; its cancel marks the release.
    private sealed class Swallowing(StuckActor owner, IAsyncStreamReader<TickStreamRequest> inner) : IAsyncStreamReader<TickStreamRequest>
    {
        private ulong? _swallowed;

        public TickStreamRequest Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            while (await inner.MoveNext(cancellationToken))
            {
                var request = inner.Current;
                if (request.Tick is { } advance && owner.Hangs(advance))
                {
                    _swallowed = request.CallId;
                    continue;
                }
                if (request.Cancel && request.CallId == _swallowed)
                {
                    owner.Released = DateTime.UtcNow;
                    continue;
                }
                return true;
            }

            return false;
        }
    }
}
