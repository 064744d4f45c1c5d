using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;

namespace ProcurementSim.ServiceDefaults.Streams;

/// <summary>
/// One open bidirectional stream that carries many calls: requests go out as messages (one writer: a stream takes one
/// write at a time) and their answers, which may come in any order, are matched to them by call id
/// (<see cref="IStreamProtocol{TRequest, TResponse}"/>). An answer reporting a failure fails that call alone; the
/// stream's end fails every call still waiting with <see cref="StreamBrokenException"/>, after which this stream
/// takes no more calls.
/// </summary>
public sealed class MultiplexedStream<TRequest, TResponse> : IAsyncDisposable
    where TRequest : class
    where TResponse : class
{
    private readonly IStreamProtocol<TRequest, TResponse> _protocol;
    private readonly AsyncDuplexStreamingCall<TRequest, TResponse> _call;
    private readonly Channel<TRequest> _outgoing = Channel.CreateUnbounded<TRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<ulong, TaskCompletionSource<TResponse>> _waiting = new();
    private readonly CancellationTokenSource _closed = new();
    private readonly Task _writing;
    private readonly Task _reading;
    private long _nextId;
    private RpcException? _broken;

    public MultiplexedStream(IStreamProtocol<TRequest, TResponse> protocol, CallInvoker invoker)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        _protocol = protocol;
        _call = protocol.Open(invoker, _closed.Token);
        _writing = WriteAllAsync();
        _reading = ReadAllAsync();
    }

    /// <summary>True once the stream has ended: every later call goes on a new stream.</summary>
    public bool IsBroken => Volatile.Read(ref _broken) is not null;

    /// <summary>Sends one request and waits for its answer.</summary>
    /// <exception cref="RpcException">The answer reports a failure, or none came before <paramref name="deadline"/> (DeadlineExceeded).</exception>
    /// <exception cref="StreamBrokenException">The stream ended before the answer came.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<TResponse> SendAsync(TRequest request, DateTime deadline, CancellationToken cancellationToken)
    {
        var id = (ulong)Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<TResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = answer;
        if (Volatile.Read(ref _broken) is { } broken && _waiting.TryRemove(id, out _)) throw new StreamBrokenException(broken);

        var remaining = deadline - DateTime.UtcNow;
        _protocol.Number(request, id, (int)Math.Clamp(remaining.TotalMilliseconds, 1, int.MaxValue));
        _outgoing.Writer.TryWrite(request);

        using var timer = new CancellationTokenSource(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        using var timeout = timer.Token.Register(() => GiveUp(id, new RpcException(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"))));
        using var cancel = cancellationToken.Register(() => GiveUp(id, new OperationCanceledException(cancellationToken)));
        var response = await answer.Task.ConfigureAwait(false);
        return _protocol.FailureOf(response) is { } failure ? throw failure : response;
    }

    public async ValueTask DisposeAsync()
    {
        _outgoing.Writer.TryComplete();
        await _closed.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_writing, _reading).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RpcException or OperationCanceledException or InvalidOperationException)
        {
            // Closing: the stream's end is expected.
        }

        _call.Dispose();
        _closed.Dispose();
    }

    // The caller stops waiting: the service is told (when the method can withdraw a call), so it stops working for it.
    private void GiveUp(ulong id, Exception why)
    {
        if (!_waiting.TryRemove(id, out var answer)) return;
        if (_protocol.Cancel(id) is { } cancel) _outgoing.Writer.TryWrite(cancel);
        answer.TrySetException(why);
    }

    private async Task WriteAllAsync()
    {
        try
        {
            await foreach (var request in _outgoing.Reader.ReadAllAsync(_closed.Token).ConfigureAwait(false))
            {
                await _call.RequestStream.WriteAsync(request, _closed.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is RpcException or OperationCanceledException or InvalidOperationException or IOException)
        {
            Break(e as RpcException ?? new RpcException(new Status(StatusCode.Unavailable, $"the {_protocol.Name} stream could not be written: {e.Message}", e)));
        }
    }

    private async Task ReadAllAsync()
    {
        try
        {
            while (await _call.ResponseStream.MoveNext(_closed.Token).ConfigureAwait(false))
            {
                var response = _call.ResponseStream.Current;
                if (_waiting.TryRemove(_protocol.CallIdOf(response), out var answer)) answer.TrySetResult(response); // else given up on
            }

            Break(new RpcException(new Status(StatusCode.Unavailable, $"the service ended the {_protocol.Name} stream")));
        }
        catch (Exception e) when (e is RpcException or OperationCanceledException or IOException)
        {
            Break(e as RpcException ?? new RpcException(new Status(StatusCode.Unavailable, $"the {_protocol.Name} stream could not be read: {e.Message}", e)));
        }
    }

    private void Break(RpcException why)
    {
        Interlocked.CompareExchange(ref _broken, why, null);
        _outgoing.Writer.TryComplete();
        foreach (var id in _waiting.Keys)
        {
            if (_waiting.TryRemove(id, out var answer)) answer.TrySetException(new StreamBrokenException(why));
        }
    }
}
