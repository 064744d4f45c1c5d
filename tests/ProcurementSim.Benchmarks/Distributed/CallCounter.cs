using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>A server interceptor that counts the gRPC calls a service receives, by method; one instance serves every service.</summary>
internal sealed class CallCounter : Interceptor
{
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);

    /// <summary>Calls per method (<c>/package.Service/Method</c>) since the last <see cref="Reset"/>.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_calls, StringComparer.Ordinal);

    public void Reset() => _calls.Clear();

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Count(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Count(context);
        return continuation(request, responseStream, context);
    }

    private void Count(ServerCallContext context) => _calls.AddOrUpdate(context.Method, 1, (_, n) => n + 1);
}
