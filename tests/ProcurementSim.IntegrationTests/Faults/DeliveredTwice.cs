using Grpc.Core;
using Grpc.Core.Interceptors;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// A server interceptor for the actor services that hands every actor-to-actor delivery (the Agency and Vendor RPCs) to
/// the service twice, as a sender retrying after a lost Ack would: the second must be answered Ack.duplicate and
/// change nothing. Answers the caller with the first response. On the delivery stream (Inbox.Deliver) each message is
/// read by the service twice, and only the first answer goes back to the sender; on its wave form (Inbox.DeliverWaves)
/// the same, entry by entry.
/// </summary>
public sealed class DeliveredTwice(DuplicateCounts counts) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(continuation);
        var first = await continuation(request, context);
        if (context.Method.StartsWith("/procurementsim.v1.Agency/", StringComparison.Ordinal)
            || context.Method.StartsWith("/procurementsim.v1.Vendor/", StringComparison.Ordinal))
        {
            var second = await continuation(request, context);
            counts.AddDelivery(second is Ack { Duplicate: true });
        }

        return first;
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        if (requestStream is IAsyncStreamReader<DeliveryWaveRequest> waves && responseStream is IServerStreamWriter<DeliveryWaveResponse> waveAnswers)
        {
            // The wave form (DeliverWaves): the same, entry by entry, each handed to the service as a wave of one.
            var twice = new WavesOfOne<DeliveryRequest, DeliveryWaveRequest>(new Twice(new EntriesOfWaves<DeliveryWaveRequest, DeliveryRequest>(waves, w => w.Deliveries)), WaveOf.Delivery);
            var first = new AnswersOneByOne<DeliveryWaveResponse, DeliveryResponse>(
                new FirstAnswers(new AnswersAsWavesOfOne<DeliveryResponse, DeliveryWaveResponse>(waveAnswers, WaveOf.DeliveryAnswer), counts), w => w.Answers);
            return continuation((IAsyncStreamReader<TRequest>)(object)twice, (IServerStreamWriter<TResponse>)(object)first, context);
        }

        return requestStream is IAsyncStreamReader<DeliveryRequest> deliveries && responseStream is IServerStreamWriter<DeliveryResponse> answers
            ? continuation((IAsyncStreamReader<TRequest>)(object)new Twice(deliveries), (IServerStreamWriter<TResponse>)(object)new FirstAnswers(answers, counts), context)
            : continuation(requestStream, responseStream, context);
    }

    // Every message read twice in a row: the second is the sender's retry.
    private sealed class Twice(IAsyncStreamReader<DeliveryRequest> inner) : IAsyncStreamReader<DeliveryRequest>
    {
        private bool _repeat;

        public DeliveryRequest Current { get; private set; } = new();

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (_repeat)
            {
                _repeat = false;
                Current = Current.Clone();
                return true;
            }
            if (!await inner.MoveNext(cancellationToken)) return false;
            Current = inner.Current;
            _repeat = true;
            return true;
        }
    }

    // The first answer of each message goes to the sender; the second, the retry's, is counted.
    private sealed class FirstAnswers(IServerStreamWriter<DeliveryResponse> inner, DuplicateCounts counts) : IServerStreamWriter<DeliveryResponse>
    {
        private readonly HashSet<ulong> _answered = [];

        public WriteOptions? WriteOptions
        {
            get => inner.WriteOptions;
            set => inner.WriteOptions = value;
        }

        public Task WriteAsync(DeliveryResponse message)
        {
            ArgumentNullException.ThrowIfNull(message);
            if (_answered.Add(message.CallId)) return inner.WriteAsync(message);
            _answered.Remove(message.CallId);
            counts.AddDelivery(message.Ack is { Duplicate: true });
            return Task.CompletedTask;
        }
    }
}
