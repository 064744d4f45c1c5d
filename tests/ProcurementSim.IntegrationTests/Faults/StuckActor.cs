using Grpc.Core;
using Grpc.Core.Interceptors;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// A server interceptor for an actor service that makes one actor stop answering: the first run whose actor
/// <paramref name="actorId"/> reaches tick <paramref name="tick"/> hangs there (its AdvanceTick never returns until the
/// caller gives up). Every other call, of that run or any other, goes through.
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
        if (request is AdvanceTickRequest advance && advance.ActorId == actorId && advance.Tick == tick
            && (_stuck.TrySetResult(advance.RunId) || _stuck.Task.Result == advance.RunId))
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
}
