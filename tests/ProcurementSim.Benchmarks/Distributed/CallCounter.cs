using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Core.Interceptors;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>
/// A server interceptor that counts the gRPC calls a service receives, by method, the messages that come on streams
/// (as <c>/…/AdvanceTickWaves#messages</c>: messages on a call already counted, not calls) and the entries those
/// messages carry (ticks, deliveries: as <c>/…/AdvanceTickWaves#entries</c>; one a message on AdvanceTicks and Deliver,
/// a wave's worth on AdvanceTickWaves and DeliverWaves); one instance serves every service.
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
        return continuation(new Counting<TRequest>(requestStream, message =>
        {
            Count(context.Method + StreamMessages);
            Count(context.Method + StreamEntries, EntriesOf(message));
        }), new CountingWriter<TResponse>(responseStream, () => Count(context.Method + StreamAnswers)), context);
    }

    /// <summary>The suffix under which the messages a service writes back on a stream (answers, or waves of them) are counted.</summary>
    public const string StreamAnswers = "#answer-messages";

    /// <summary>The suffix of the method name under which the messages a stream brings are counted.</summary>
    public const string StreamMessages = "#messages";

    /// <summary>
    /// The suffix under which the entries those messages carry are counted: a wave message (AdvanceTickWaves,
    /// DeliverWaves) carries many ticks or deliveries, a message of AdvanceTicks or Deliver one.
    /// </summary>
    public const string StreamEntries = "#entries";

    private static long EntriesOf(object? message) => message switch
    {
        TickWaveRequest wave => wave.Ticks.Count,
        DeliveryWaveRequest wave => wave.Deliveries.Count,
        _ => 1,
    };

    private void Count(ServerCallContext context) => Count(context.Method);

    private void Count(string key, long by = 1) => _calls.AddOrUpdate(key, by, (_, n) => n + by);

    private sealed class CountingWriter<T>(IServerStreamWriter<T> inner, Action counted) : IServerStreamWriter<T>
    {
        public WriteOptions? WriteOptions
        {
            get => inner.WriteOptions;
            set => inner.WriteOptions = value;
        }

        public Task WriteAsync(T message)
        {
            counted();
            return inner.WriteAsync(message);
        }
    }

    private sealed class Counting<T>(IAsyncStreamReader<T> inner, Action<T> counted) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            var more = await inner.MoveNext(cancellationToken);
            if (more) counted(inner.Current);
            return more;
        }
    }
}
