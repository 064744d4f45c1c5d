using System.Collections.Concurrent;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

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
        var held = new Held(arrival, () =>
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
        var key = (arrival.RunId, arrival.To, arrival.Tick);
        lock (_gate)
        {
            if (_holding.TryGetValue(key, out var inbox))
            {
                inbox.Add(held);
                return handled.Task;
            }

            _holding[key] = [held];
        }

        _ = ReleaseAfterWindowAsync(key);
        return handled.Task;
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
}
