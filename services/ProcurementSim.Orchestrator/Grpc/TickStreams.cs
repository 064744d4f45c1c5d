using System.Collections.Concurrent;
using Grpc.Core;
using Microsoft.Extensions.Options;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Orchestrator.Grpc;

/// <summary>
/// The orchestrator's tick streams: one open <see cref="TickConnection"/> per actor service address, shared by every
/// run in play there, so that a tick costs a message on an open stream rather than a call (docs/ARCHITECTURE.md,
/// "The tick stream"). A tick is retried as the peer channels retry a unary call (<see cref="ProcSimOptions.CallAttempts"/>
/// tries, exponential backoff from <see cref="ProcSimOptions.RetryBaseDelayMilliseconds"/>, never past its deadline)
/// when it fails with UNAVAILABLE or its stream ends; a stream that ended is replaced by a new one at the next tick.
/// AdvanceTick is idempotent, so a retry of a tick already played gets the same answer.
/// </summary>
public sealed class TickStreams(PeerChannels peers, IOptions<ProcSimOptions> options, TimeProvider time) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TickConnection> _open = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    /// <summary>Plays one tick on the stream to <paramref name="address"/>.</summary>
    /// <exception cref="RpcException">The tick failed after its tries, or missed its deadline (DeadlineExceeded).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<AdvanceTickResponse> PlayAsync(string address, AdvanceTickRequest tick, DateTime deadline, CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, options.Value.CallAttempts);
        for (var attempt = 1; ; attempt++)
        {
            RpcException failure;
            try
            {
                return await Connection(address).PlayAsync(tick, deadline, cancellationToken).ConfigureAwait(false);
            }
            catch (TickStreamBrokenException e)
            {
                failure = e.Why;
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable)
            {
                failure = e;
            }

            var delay = Backoff(attempt);
            if (attempt >= attempts || time.GetUtcNow().UtcDateTime + delay >= deadline) throw failure;
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var address in _open.Keys)
        {
            if (_open.TryRemove(address, out var connection)) await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private TickConnection Connection(string address)
    {
        if (_open.TryGetValue(address, out var open) && !open.IsBroken) return open;
        lock (_gate)
        {
            if (_open.TryGetValue(address, out open) && !open.IsBroken) return open;
            var fresh = new TickConnection(new RunLifecycle.RunLifecycleClient(peers.For(address)));
            _open[address] = fresh;
            if (open is not null) _ = open.DisposeAsync().AsTask();
            return fresh;
        }
    }

    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(5_000, options.Value.RetryBaseDelayMilliseconds * Math.Pow(2, attempt - 1)));
}
