using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using ProcurementSim.ServiceDefaults.Tests.Probe;

namespace ProcurementSim.ServiceDefaults.Tests;

public sealed class PeerChannelsTests(ProbeHostFixture fixture) : IClassFixture<ProbeHostFixture>
{
    private ProbeHost Host => fixture.Host;

    private static PeerChannels Peers(Action<ProcSimOptions>? tweak = null)
    {
        var options = new ProcSimOptions { RetryBaseDelayMilliseconds = 10 };
        tweak?.Invoke(options);
        return new PeerChannels(Options.Create(options), NullLoggerFactory.Instance);
    }

    private Probe.Probe.ProbeClient Client(PeerChannels peers) => new(peers.For(Host.App.GrpcAddress()));

    private static string NewKey() => Guid.NewGuid().ToString("N");

    [Fact]
    public void One_invoker_per_address()
    {
        using var peers = Peers();

        Assert.Same(peers.For("http://127.0.0.1:5110"), peers.For("http://127.0.0.1:5110/"));
        Assert.NotSame(peers.For("http://127.0.0.1:5110"), peers.For("http://127.0.0.1:5112"));
    }

    [Fact]
    public void An_address_that_is_not_http_is_refused_with_a_sentence()
    {
        using var peers = Peers();

        var ex = Assert.Throws<ArgumentException>(() => peers.For("127.0.0.1:5110"));

        Assert.Contains("http://", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_that_fails_twice_with_Unavailable_is_retried_and_succeeds()
    {
        using var peers = Peers();
        var key = NewKey();

        var reply = await Client(peers).FlakyAsync(new ProbeRequest { Key = key, Failures = 2, Text = "third time" });

        Assert.Equal("third time", reply.Text);
        Assert.Equal(3, reply.Calls);
        Assert.Equal(3, Host.Counter.Of(key));
    }

    [Fact]
    public void The_blocking_stub_is_retried_too()
    {
        using var peers = Peers();
        var key = NewKey();

        var reply = Client(peers).Flaky(new ProbeRequest { Key = key, Failures = 1 });

        Assert.Equal(2, reply.Calls);
    }

    [Fact]
    public async Task After_four_tries_the_call_gives_up_with_the_last_status()
    {
        using var peers = Peers();
        var key = NewKey();

        using var call = Client(peers).FlakyAsync(new ProbeRequest { Key = key, Failures = 100 });
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        Assert.Equal("Probe failure 4.", ex.Status.Detail);
        Assert.Equal(4, Host.Counter.Of(key));
        Assert.Equal(StatusCode.Unavailable, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task With_one_attempt_a_call_is_made_once_and_not_retried()
    {
        using var peers = Peers(o => o.CallAttempts = 1);
        var key = NewKey();

        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await Client(peers).FlakyAsync(new ProbeRequest { Key = key, Failures = 1, Text = "never" }));

        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        Assert.Equal(1, Host.Counter.Of(key));
    }

    [Fact]
    public async Task A_caller_that_cancels_between_tries_gets_Cancelled()
    {
        using var peers = Peers(o => o.RetryBaseDelayMilliseconds = 60_000);
        using var cancel = new CancellationTokenSource();
        var key = NewKey();

        using var call = Client(peers).FlakyAsync(new ProbeRequest { Key = key, Failures = 100 }, cancellationToken: cancel.Token);
        while (Host.Counter.Of(key) == 0)
        {
            await Task.Delay(10);
        }

        await cancel.CancelAsync();
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await call.ResponseAsync);

        Assert.Equal(StatusCode.Cancelled, ex.StatusCode);
        Assert.Equal(1, Host.Counter.Of(key));
    }

    [Fact]
    public async Task Other_failures_are_not_retried()
    {
        using var peers = Peers();

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await Client(peers).FailAsync(new ProbeRequest()));

        Assert.Equal(StatusCode.Internal, ex.StatusCode);
    }

    [Fact]
    public async Task A_slow_call_hits_the_configured_deadline()
    {
        using var peers = Peers(o => o.CallTimeoutSeconds = 1);

        var ex = await Assert.ThrowsAsync<RpcException>(
            async () => await Client(peers).SlowAsync(new ProbeRequest { Key = NewKey(), DelayMs = 10_000 }));

        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
    }

    [Fact]
    public async Task A_deadline_the_caller_sets_wins_over_the_configured_one()
    {
        using var peers = Peers(o => o.CallTimeoutSeconds = 1);

        var reply = await Client(peers).SlowAsync(
            new ProbeRequest { Key = NewKey(), DelayMs = 1_500, Text = "patient" },
            deadline: DateTime.UtcNow.AddSeconds(30));

        Assert.Equal("patient", reply.Text);
    }

    [Fact]
    public async Task Repeated_Unavailable_opens_the_circuit_and_later_calls_are_refused_without_reaching_the_peer()
    {
        using var peers = Peers(o =>
        {
            o.BreakerMinimumThroughput = 4;
            o.BreakerBreakSeconds = 60;
        });
        var client = Client(peers);
        var key = NewKey();

        RpcException? refused = null;
        for (var i = 0; i < 5 && refused is null; i++)
        {
            var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.FlakyAsync(new ProbeRequest { Key = key, Failures = 1000 }));
            Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
            if (ex.Status.DebugException is BrokenCircuitException)
            {
                refused = ex;
            }
        }

        Assert.NotNull(refused);
        Assert.Contains("circuit", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Contains(Host.App.GrpcAddress(), refused.Status.Detail, StringComparison.Ordinal);
        var reached = Host.Counter.Of(key);
        await Assert.ThrowsAsync<RpcException>(async () => await client.FlakyAsync(new ProbeRequest { Key = key, Failures = 1000 }));
        Assert.Equal(reached, Host.Counter.Of(key));
    }
}
