using System.Threading.Channels;
using System.Collections.Concurrent;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>
/// A server interceptor for the actor services that decides the order in which an actor's messages reach it. Every
/// actor-to-actor delivery (the Agency and Vendor RPCs) is held back; the first one for an inbox (run, recipient,
/// tick) opens a window of <paramref name="window"/>, and when it closes the messages held for that inbox are handed
/// to the service one by one in the <see cref="Order"/> asked for. A sender delivers a tick's messages all at once, so
/// the window catches them together; one that comes later still gets through, after them. One instance serves every
/// actor service of a system, and notes the order the services buffered the messages in.
/// </summary>
public sealed class ReorderedDeliveries(TimeSpan window, int seed) : Interceptor
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Run, int To, int Tick), List<Held>> _holding = [];
    private readonly ConcurrentQueue<Arrival> _arrivals = new();
    private readonly Random _random = new(seed);

    /// <summary>How the next inboxes are ordered; change it between runs.</summary>
    public DeliveryOrder Order { get; set; } = DeliveryOrder.SenderOrder;

    /// <summary>Every delivery, in the order the services buffered them.</summary>
    public IReadOnlyList<Arrival> Arrivals => [.. _arrivals];

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(continuation);
        if (!context.Method.StartsWith("/procurementsim.v1.Agency/", StringComparison.Ordinal)
            && !context.Method.StartsWith("/procurementsim.v1.Vendor/", StringComparison.Ordinal))
        {
            return continuation(request, context);
        }

        var arrival = Arrival.Of((IMessage)request, context.Method);
        var handled = new TaskCompletionSource<TResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        Hold(arrival, () =>
        {
            // The delivery handlers buffer synchronously, so the call below has buffered the message when it returns.
            _arrivals.Enqueue(arrival);
            try
            {
                continuation(request, context).ContinueWith(t => handled.TrySetFromTask(t), TaskScheduler.Default);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A refusal (RpcException) is thrown before the handler returns its task.
                handled.TrySetException(e);
            }
        });
        return handled.Task;
    }

    /// <summary>The delivery stream (Inbox.Deliver, or DeliverWaves entry by entry): its messages reach the service in the order asked for, through the same windows.</summary>
    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(continuation);
        if (requestStream is IAsyncStreamReader<DeliveryWaveRequest> waves)
        {
            // The wave form (DeliverWaves): its entries, held and reordered the same way, each handed on as a wave of one.
            var entries = new EntriesOfWaves<DeliveryWaveRequest, DeliveryRequest>(waves, w => w.Deliveries);
            var reordered = new WavesOfOne<DeliveryRequest, DeliveryWaveRequest>(new Reordering(this, entries, context.CancellationToken), WaveOf.Delivery);
            return continuation((IAsyncStreamReader<TRequest>)(object)reordered, responseStream, context);
        }

        return requestStream is IAsyncStreamReader<DeliveryRequest> deliveries
            ? continuation((IAsyncStreamReader<TRequest>)(object)new Reordering(this, deliveries, context.CancellationToken), responseStream, context)
            : continuation(requestStream, responseStream, context);
    }

    private void Hold(Arrival arrival, Action release)
    {
        var held = new Held(arrival, release);
        var key = (arrival.RunId, arrival.To, arrival.Tick);
        lock (_gate)
        {
            if (_holding.TryGetValue(key, out var inbox))
            {
                inbox.Add(held);
                return;
            }

            _holding[key] = [held];
        }

        _ = ReleaseAfterWindowAsync(key);
    }

    private async Task ReleaseAfterWindowAsync((string, int, int) key)
    {
        await Task.Delay(window).ConfigureAwait(false);
        List<Held> inbox;
        DeliveryOrder order;
        lock (_gate)
        {
            _holding.Remove(key, out inbox!);
            order = Order;
            inbox = order switch
            {
                DeliveryOrder.Reversed => [.. inbox.OrderByDescending(h => (h.Arrival.From, h.Arrival.Sequence))],
                DeliveryOrder.Shuffled => [.. inbox.OrderBy(_ => _random.Next())],
                _ => [.. inbox.OrderBy(h => (h.Arrival.From, h.Arrival.Sequence))],
            };
        }

        // One after the other on this thread: the service buffers them in exactly this order.
        foreach (var held in inbox)
        {
            held.Release();
        }
    }

    private sealed record Held(Arrival Arrival, Action Release);

    // A delivery stream as the service reads it: each message held in its inbox's window and handed on in the order
    // asked for; noted as it is read, since the service applies the messages of a stream in the order it reads them.
    private sealed class Reordering : IAsyncStreamReader<DeliveryRequest>
    {
        private readonly ReorderedDeliveries _owner;
        private readonly IAsyncStreamReader<DeliveryRequest> _inner;
        private readonly Channel<(DeliveryRequest Request, Arrival Arrival)> _released = Channel.CreateUnbounded<(DeliveryRequest, Arrival)>();
        private int _outstanding = 1; // the pump holds one until the sender closes its side

        public Reordering(ReorderedDeliveries owner, IAsyncStreamReader<DeliveryRequest> inner, CancellationToken cancellationToken)
        {
            _owner = owner;
            _inner = inner;
            _ = PumpAsync(cancellationToken);
        }

        public DeliveryRequest Current { get; private set; } = new();

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (!await _released.Reader.WaitToReadAsync(cancellationToken) || !_released.Reader.TryRead(out var next)) return false;
            _owner._arrivals.Enqueue(next.Arrival);
            Current = next.Request;
            return true;
        }

        private async Task PumpAsync(CancellationToken cancellationToken)
        {
            try
            {
                while (await _inner.MoveNext(cancellationToken))
                {
                    var request = _inner.Current;
                    var body = (IMessage)DeliveryRequest.Descriptor.Oneofs[0].Accessor.GetCaseFieldDescriptor(request).Accessor.GetValue(request);
                    var arrival = Arrival.Of(body, MethodOf(request.BodyCase));
                    Interlocked.Increment(ref _outstanding);
                    _owner.Hold(arrival, () =>
                    {
                        _released.Writer.TryWrite((request, arrival));
                        Done();
                    });
                }
            }
            catch (Exception e) when (e is RpcException or OperationCanceledException or IOException)
            {
                // The stream ended under the service.
            }
            finally
            {
                Done();
            }
        }

        private void Done()
        {
            if (Interlocked.Decrement(ref _outstanding) == 0) _released.Writer.TryComplete();
        }

        // The name of the unary RPC the message would have come by, as the unary path notes it.
        private static string MethodOf(DeliveryRequest.BodyOneofCase body)
        {
            var name = body.ToString();
            var service = body is DeliveryRequest.BodyOneofCase.AnswerTerms or DeliveryRequest.BodyOneofCase.SubmitBid
                or DeliveryRequest.BodyOneofCase.ReportAccreditation or DeliveryRequest.BodyOneofCase.ReportReadiness
                or DeliveryRequest.BodyOneofCase.RequestClarification ? "Agency" : "Vendor";
            return $"/procurementsim.v1.{service}/{name}";
        }
    }
}
