using System.Collections.Concurrent;
using Grpc.Core;

namespace ProcurementSim.ServiceDefaults.Streams;

/// <summary>
/// One open <see cref="MultiplexedStream{TRequest, TResponse}"/> per peer address, shared by every caller, so that a
/// call costs an entry on an open stream rather than a call of its own. With a <see cref="IWaveProtocol{TRequest, TResponse}"/>
/// the stream carries waves; at an address whose service answers the wave method UNIMPLEMENTED (it predates it) the
/// stream is opened again in the one-entry-a-message form, and the call goes on it at once (not counted as a try);
/// after that stream ends, the next one tries waves again (the service may have been upgraded meanwhile). A call is
/// retried as <see cref="PeerChannels"/> retries a unary call (<see cref="ProcSimOptions.CallAttempts"/> tries,
/// exponential backoff from <see cref="ProcSimOptions.RetryBaseDelayMilliseconds"/> up to 5 s, never past its
/// deadline) when its answer is UNAVAILABLE or its stream ends; a stream that ended is replaced by a new one at the
/// next call. Only idempotent methods may be sent this way.
/// </summary>
public sealed class MultiplexedStreams<TRequest, TResponse>(
    IStreamProtocol<TRequest, TResponse> protocol, PeerChannels peers, ProcSimOptions options, TimeProvider time) : IAsyncDisposable
    where TRequest : class
    where TResponse : class
{
    private readonly ConcurrentDictionary<string, MultiplexedStream<TRequest, TResponse>> _open = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _entriesOnly = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    /// <summary>Sends <paramref name="request"/> on the stream to <paramref name="address"/> and returns its answer (a success).</summary>
    /// <param name="address">The peer, <c>http://host:port</c>.</param>
    /// <param name="request">Makes the request; called again for each try (a request is numbered when it is sent).</param>
    /// <param name="deadline">When the caller stops waiting (UTC); no try starts after it.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="RpcException">The call failed after its tries, or missed its deadline (DeadlineExceeded).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<TResponse> SendAsync(string address, Func<TRequest> request, DateTime deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var attempts = Math.Max(1, options.CallAttempts);
        var fellBack = false;
        for (var attempt = 1; ; attempt++)
        {
            RpcException failure;
            var stream = Stream(address);
            try
            {
                return await stream.SendAsync(request(), deadline, cancellationToken).ConfigureAwait(false);
            }
            catch (StreamBrokenException e) when (stream.InWaves && e.Why.StatusCode == StatusCode.Unimplemented && !fellBack)
            {
                // An older service: the same call at once in the form it serves.
                _entriesOnly[address] = true;
                fellBack = true;
                attempt--;
                continue;
            }
            catch (StreamBrokenException e)
            {
                if (!stream.InWaves) _entriesOnly.TryRemove(address, out _);
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
            if (_open.TryRemove(address, out var stream)) await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private MultiplexedStream<TRequest, TResponse> Stream(string address)
    {
        if (_open.TryGetValue(address, out var open) && !open.IsBroken) return open;
        lock (_gate)
        {
            if (_open.TryGetValue(address, out open) && !open.IsBroken) return open;
            var fresh = new MultiplexedStream<TRequest, TResponse>(protocol, peers.For(address), waves: !_entriesOnly.ContainsKey(address));
            _open[address] = fresh;
            if (open is not null) _ = open.DisposeAsync().AsTask();
            return fresh;
        }
    }

    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(5_000, options.RetryBaseDelayMilliseconds * Math.Pow(2, attempt - 1)));
}
