using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProcurementSim.ServiceDefaults.Streams;
using ProcurementSim.ServiceDefaults.Tests.Probe;

namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>
/// Calls multiplexed on one stream per address (the tick stream's plumbing) against a real Kestrel service: answers
/// matched by call id whatever their order, retries on UNAVAILABLE and on a stream the service ends, deadlines and
/// cancellation per call.
/// </summary>
public sealed class MultiplexedStreamsTests(ProbeHostFixture fixture) : IClassFixture<ProbeHostFixture>
{
    private ProbeHost Host => fixture.Host;

    private ProbeProtocol _protocol = new();

    private (PeerChannels Peers, MultiplexedStreams<ProbeCall, ProbeAnswer> Streams) Streams(int attempts = 4)
    {
        var options = new ProcSimOptions { RetryBaseDelayMilliseconds = 10, CallAttempts = attempts };
        var peers = new PeerChannels(Options.Create(options), NullLoggerFactory.Instance);
        _protocol = new ProbeProtocol();
        return (peers, new MultiplexedStreams<ProbeCall, ProbeAnswer>(_protocol, peers, options, TimeProvider.System));
    }

    private Task<ProbeAnswer> Send(MultiplexedStreams<ProbeCall, ProbeAnswer> streams, ProbeCall call, TimeSpan? wait = null, CancellationToken cancellationToken = default) =>
        streams.SendAsync(Host.App.GrpcAddress(), () => call.Clone(), DateTime.UtcNow + (wait ?? TimeSpan.FromSeconds(30)), cancellationToken);

    private static string NewKey() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Answers_that_come_in_another_order_reach_their_callers()
    {
        var (peers, streams) = Streams();
        using var _ = peers;
        await using var __ = streams;
        var (slow, fast) = (NewKey(), NewKey());

        var first = Send(streams, new ProbeCall { Key = slow, DelayMs = 400 });
        var second = Send(streams, new ProbeCall { Key = fast });
        var done = await Task.WhenAny(first, second);

        Assert.Same(second, done);
        Assert.Equal(fast, (await second).Text);
        Assert.Equal(slow, (await first).Text);
    }

    [Fact]
    public async Task An_Unavailable_answer_is_retried_up_to_the_attempts_and_another_failure_is_not()
    {
        var (peers, streams) = Streams(attempts: 4);
        using var _ = peers;
        await using var __ = streams;
        var (recovers, never, refused) = (NewKey(), NewKey(), NewKey());

        var answer = await Send(streams, new ProbeCall { Key = recovers, Failures = 2 });
        var unavailable = await Assert.ThrowsAsync<RpcException>(() => Send(streams, new ProbeCall { Key = never, Failures = 99 }));
        var precondition = await Assert.ThrowsAsync<RpcException>(() => Send(streams, new ProbeCall { Key = refused, Code = (int)StatusCode.FailedPrecondition }));

        Assert.Equal((recovers, 3), (answer.Text, answer.Calls));
        Assert.Equal((StatusCode.Unavailable, 4), (unavailable.StatusCode, Host.Counter.Of(never)));
        Assert.Equal((StatusCode.FailedPrecondition, 1), (precondition.StatusCode, Host.Counter.Of(refused)));
    }

    [Fact]
    public async Task A_stream_the_service_ends_is_replaced_and_the_call_played_on_the_new_one()
    {
        var (peers, streams) = Streams();
        using var _ = peers;
        await using var __ = streams;
        var (ender, after) = (NewKey(), NewKey());

        var answer = await Send(streams, new ProbeCall { Key = ender, EndStream = true });
        var next = await Send(streams, new ProbeCall { Key = after });

        Assert.Equal((ender, 2), (answer.Text, answer.Calls));
        Assert.Equal(after, next.Text);
    }

    [Fact]
    public async Task A_call_past_its_deadline_is_DeadlineExceeded_and_withdrawn_from_the_service()
    {
        var (peers, streams) = Streams();
        using var _ = peers;
        await using var __ = streams;
        var clock = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<RpcException>(() => Send(streams, new ProbeCall { Key = NewKey(), DelayMs = 10_000 }, TimeSpan.FromMilliseconds(300)));

        Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the call gave up after {clock.Elapsed.TotalSeconds:0.0} s, not at its 0.3 s deadline");
        var withdrawn = Stopwatch.StartNew();
        while (!Host.Counter.WasCancelled(_protocol.Last) && withdrawn.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
        Assert.True(Host.Counter.WasCancelled(_protocol.Last), "the service was not told that the call was withdrawn");
    }

    [Fact]
    public async Task A_cancelled_call_ends_at_once_with_OperationCanceledException()
    {
        var (peers, streams) = Streams();
        using var _ = peers;
        await using var __ = streams;
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Send(streams, new ProbeCall { Key = NewKey(), DelayMs = 10_000 }, cancellationToken: cancel.Token));
    }

    // Call ids on the wire are offset by a number of this protocol's own, so that the service's record of withdrawn
    // calls cannot mix this test's calls with another's.
    private sealed class ProbeProtocol : IStreamProtocol<ProbeCall, ProbeAnswer>
    {
        private readonly ulong _offset = (ulong)Random.Shared.NextInt64(1, int.MaxValue) << 32;
        private ulong _last;

        /// <summary>The wire id of the last call numbered.</summary>
        public ulong Last => Interlocked.Read(ref _last);

        public string Name => "Multiplex";

        public AsyncDuplexStreamingCall<ProbeCall, ProbeAnswer> Open(CallInvoker invoker, CancellationToken closed) =>
            new Probe.Probe.ProbeClient(invoker).Multiplex(cancellationToken: closed);

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
