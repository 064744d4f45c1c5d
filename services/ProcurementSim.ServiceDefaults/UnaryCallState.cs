using Grpc.Core;

namespace ProcurementSim.ServiceDefaults;

/// <summary>The tries of one resilient unary call: headers, status and trailers are those of the last try.</summary>
internal sealed class UnaryCallState<TResponse>
{
    private AsyncUnaryCall<TResponse>? current;
    private Status? refused;

    /// <summary>Sets the try in flight, disposing the finished one before it.</summary>
    public void Begin(AsyncUnaryCall<TResponse> call)
    {
        Interlocked.Exchange(ref current, call)?.Dispose();
    }

    /// <summary>The status given when no try answered (the circuit was open or the budget ran out).</summary>
    public void Refuse(Status status) => refused = status;

    public async Task<Metadata> HeadersAsync(Task<TResponse> response)
    {
        try
        {
            await response.ConfigureAwait(false);
        }
        catch (RpcException)
        {
            // The headers of a failed try are still worth returning; a refused call has none.
        }

        var call = Volatile.Read(ref current);
        return refused is not null || call is null ? [] : await call.ResponseHeadersAsync.ConfigureAwait(false);
    }

    public Status GetStatus() =>
        refused ?? Volatile.Read(ref current)?.GetStatus()
        ?? throw new InvalidOperationException("The call has not started a try yet; read its status after it completes.");

    public Metadata GetTrailers() =>
        refused is not null ? [] : Volatile.Read(ref current)?.GetTrailers() ?? [];

    public void Dispose() => Volatile.Read(ref current)?.Dispose();
}
