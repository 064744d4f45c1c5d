using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>
/// A server interceptor that counts the gRPC calls a service receives, by method, and the messages that come on
/// streams (ticks, deliveries: as <c>/…/AdvanceTicks#messages</c>, messages on a call already counted, not calls); one
/// instance serves every service.
/// </summary>
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

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Count(context);
        return continuation(new Counting<TRequest>(requestStream, () => Count(context.Method + StreamMessages)), responseStream, context);
    }

    /// <summary>The suffix of the method name under which the messages a stream brings are counted.</summary>
    public const string StreamMessages = "#messages";

    private void Count(ServerCallContext context) => Count(context.Method);

    private void Count(string key) => _calls.AddOrUpdate(key, 1, (_, n) => n + 1);

    private sealed class Counting<T>(IAsyncStreamReader<T> inner, Action counted) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            var more = await inner.MoveNext(cancellationToken);
            if (more) counted();
            return more;
        }
    }
}
