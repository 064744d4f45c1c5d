using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProcurementSim.ServiceDefaults.Streams;
using ProcurementSim.ServiceDefaults.Tests.Probe;

namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>
/// Calls multiplexed on a wave stream (the batched form of the tick and delivery streams) against a real Kestrel
/// service: a burst goes out in fewer messages than calls and comes back the same way, every answer reaches its
/// caller, a failure of one entry fails that call alone, the stream's end fails every call waiting on it, and a
/// service that answers the wave method UNIMPLEMENTED gets the calls one a message.
/// </summary>
public sealed class WaveStreamsTests(ProbeHostFixture fixture) : IClassFixture<ProbeHostFixture>
{
    private const int Burst = 64;

    private ProbeHost Host => fixture.Host;

    private (PeerChannels Peers, MultiplexedStreams<ProbeCall, ProbeAnswer> Streams, WaveProtocol Protocol) Streams(bool served = true)
    {
        var options = new ProcSimOptions { RetryBaseDelayMilliseconds = 10, CallAttempts = 4 };
        var peers = new PeerChannels(Options.Create(options), NullLoggerFactory.Instance);
        var protocol = new WaveProtocol(served);
        return (peers, new MultiplexedStreams<ProbeCall, ProbeAnswer>(protocol, peers, options, TimeProvider.System), protocol);
    }

    private Task<ProbeAnswer> Send(MultiplexedStreams<ProbeCall, ProbeAnswer> streams, ProbeCall call) =>
        streams.SendAsync(Host.App.GrpcAddress(), () => call.Clone(), DateTime.UtcNow.AddSeconds(30), CancellationToken.None);

    private static string[] NewKeys(int count) => [.. Enumerable.Range(0, count).Select(_ => Guid.NewGuid().ToString("N"))];

    [Fact]
    public async Task A_burst_of_calls_goes_out_and_comes_back_in_fewer_messages_than_calls_and_each_caller_gets_its_answer()
    {
        var (peers, streams, protocol) = Streams();
        using var _ = peers;
        await using var __ = streams;
        await Send(streams, new ProbeCall { Key = NewKeys(1)[0] }); // the stream is open: the burst is timed by its writer alone
        var keys = NewKeys(Burst);
        var answersBefore = protocol.AnswerMessages;

        var answers = await Task.WhenAll(keys.Select(k => Send(streams, new ProbeCall { Key = k })));

        Assert.Equal(keys, answers.Select(a => a.Text));
        var waves = keys.Select(k => Host.Counter.WaveOf(k)).Distinct().ToList();
        Assert.DoesNotContain(null, waves);
        Assert.True(waves.Count < Burst, $"{Burst} calls sent at once went out in {waves.Count} messages");
        var answerMessages = protocol.AnswerMessages - answersBefore;
        Assert.True(answerMessages < Burst, $"{Burst} answers came in {answerMessages} messages");
    }

    [Fact]
    public async Task A_failure_of_one_entry_in_a_wave_fails_that_call_alone()
    {
        var (peers, streams, _) = Streams();
        using var _p = peers;
        await using var _s = streams;
        var keys = NewKeys(Burst);
        var refused = keys[Burst / 2];

        var calls = keys.Select(k => Send(streams, new ProbeCall { Key = k, Code = k == refused ? (int)StatusCode.FailedPrecondition : 0 })).ToList();
        var failure = await Assert.ThrowsAsync<RpcException>(() => calls[Burst / 2]);

        Assert.Equal(StatusCode.FailedPrecondition, failure.StatusCode);
        var others = await Task.WhenAll(calls.Where((_, i) => i != Burst / 2));
        Assert.Equal(keys.Where(k => k != refused), others.Select(a => a.Text));
        Assert.Equal(1, Host.Counter.Of(refused)); // refused is not retried
    }

    [Fact]
    public async Task The_end_of_a_wave_stream_fails_every_call_waiting_on_it()
    {
        var stream = new MultiplexedStream<ProbeCall, ProbeAnswer>(new WaveProtocol(served: true), Host.Channel.CreateCallInvoker());
        await using var _ = stream;
        var keys = NewKeys(8);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var waiting = keys.Select(k => stream.SendAsync(new ProbeCall { Key = k, DelayMs = 20_000 }, deadline, CancellationToken.None)).ToList();
        await Task.Delay(200); // they are in play on the service

        var ender = stream.SendAsync(new ProbeCall { Key = NewKeys(1)[0], EndStream = true }, deadline, CancellationToken.None);

        foreach (var call in waiting.Append(ender))
        {
            var broken = await Assert.ThrowsAsync<StreamBrokenException>(() => call.WaitAsync(TimeSpan.FromSeconds(20)));
            Assert.Equal(StatusCode.Unavailable, broken.Why.StatusCode);
        }
        Assert.True(stream.IsBroken);
        await Assert.ThrowsAsync<StreamBrokenException>(() => stream.SendAsync(new ProbeCall { Key = NewKeys(1)[0] }, deadline, CancellationToken.None));
    }

    [Fact]
    public async Task A_service_that_answers_the_wave_method_UNIMPLEMENTED_gets_the_calls_one_a_message()
    {
        var (peers, streams, _) = Streams(served: false);
        using var _p = peers;
        await using var _s = streams;
        var keys = NewKeys(3);

        var answers = new List<ProbeAnswer>();
        foreach (var key in keys) answers.Add(await Send(streams, new ProbeCall { Key = key }));

        Assert.Equal(keys, answers.Select(a => a.Text));
        // Each came once, on Multiplex (one call a message), none in a wave, and the fallback was not counted as a try.
        Assert.All(keys, k => Assert.Equal((1, (long?)null), (Host.Counter.Of(k), Host.Counter.WaveOf(k))));
    }

    [Fact]
    public async Task A_call_past_its_deadline_on_a_wave_stream_is_DeadlineExceeded_and_withdrawn_in_a_wave()
    {
        var (peers, streams, protocol) = Streams();
        using var _p = peers;
        await using var _s = streams;
        var key = NewKeys(1)[0];

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            streams.SendAsync(Host.App.GrpcAddress(), () => new ProbeCall { Key = key, DelayMs = 10_000 }, DateTime.UtcNow.AddMilliseconds(300), CancellationToken.None));

        Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
        var withdrawn = DateTime.UtcNow.AddSeconds(10);
        while (!Host.Counter.WasCancelled(protocol.Last) && DateTime.UtcNow < withdrawn) await Task.Delay(20);
        Assert.True(Host.Counter.WasCancelled(protocol.Last), "the service was not told that the call was withdrawn");
    }

    // Call ids on the wire are offset by a number of this protocol's own, so that the service's record of withdrawn
    // calls cannot mix this test's calls with another's. Unserved: the wave method is one the service does not serve.
    private sealed class WaveProtocol(bool served) : IWaveProtocol<ProbeCall, ProbeAnswer>
    {
        private readonly ulong _offset = (ulong)Random.Shared.NextInt64(1, int.MaxValue) << 32;
        private ulong _last;
        private long _answerMessages;

        public ulong Last => Interlocked.Read(ref _last);

        /// <summary>Wave messages of answers received so far.</summary>
        public long AnswerMessages => Interlocked.Read(ref _answerMessages);

        public string Name => "Multiplex";

        public string WavesName => served ? "MultiplexWaves" : "MultiplexWavesUnserved";

        public AsyncDuplexStreamingCall<ProbeCall, ProbeAnswer> Open(CallInvoker invoker, CancellationToken closed) =>
            new Probe.Probe.ProbeClient(invoker).Multiplex(cancellationToken: closed);

        public IStreamCall<ProbeCall, ProbeAnswer> OpenWaves(CallInvoker invoker, CancellationToken closed)
        {
            var client = new Probe.Probe.ProbeClient(invoker);
            return new WaveStreamCall<ProbeCall, ProbeAnswer, ProbeWave, ProbeAnswerWave>(
                served ? client.MultiplexWaves(cancellationToken: closed) : client.MultiplexWavesUnserved(cancellationToken: closed),
                calls =>
                {
                    var wave = new ProbeWave();
                    wave.Calls.AddRange(calls);
                    return wave;
                },
                wave =>
                {
                    Interlocked.Increment(ref _answerMessages);
                    return wave.Answers;
                });
        }

        public void Number(ProbeCall request, ulong callId, int timeoutMilliseconds)
        {
            request.CallId = _offset + callId;
            Interlocked.Exchange(ref _last, request.CallId);
        }

        public ProbeCall Cancel(ulong callId) => new() { CallId = _offset + callId, Cancel = true };

        public ulong CallIdOf(ProbeAnswer response) => response.CallId - _offset;

        public RpcException? FailureOf(ProbeAnswer response) =>
            response.Code == 0 ? null : new RpcException(new Status((StatusCode)response.Code, $"probe failure {response.Calls}"));
    }
}
