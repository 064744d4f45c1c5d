using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;

namespace ProcurementSim.ServiceDefaults.Streams;

/// <summary>
/// One open bidirectional stream that carries many calls: requests go out through one writer (a stream takes one write
/// at a time) and their answers, which may come in any order, are matched to them by call id
/// (<see cref="IStreamProtocol{TRequest, TResponse}"/>). On a wave stream (<see cref="IWaveProtocol{TRequest, TResponse}"/>)
/// the writer sends everything queued while its previous write was under way as one message: nothing waits when the
/// stream is idle, and under load a message carries the whole wave. An answer reporting a failure fails that call
/// alone; the stream's end fails every call still waiting with <see cref="StreamBrokenException"/>, after which this
/// stream takes no more calls. Deadlines are kept by one sweep a stream (every <see cref="SweepPeriod"/>), not a timer
/// a call, so a call gives up at most that much past its deadline.
/// </summary>
public sealed class MultiplexedStream<TRequest, TResponse> : IAsyncDisposable
    where TRequest : class
    where TResponse : class
{
    /// <summary>How often the stream looks for calls past their deadline.</summary>
    public static readonly TimeSpan SweepPeriod = TimeSpan.FromMilliseconds(50);

    // Bounds a wave message (an entry is a few hundred bytes, gRPC's default limit 4 MB): the rest goes in the next one.
    private const int MaxEntriesPerWave = 256;

    private readonly IStreamProtocol<TRequest, TResponse> _protocol;
    private readonly IStreamCall<TRequest, TResponse> _call;
    private readonly string _name;
    private readonly Channel<TRequest> _outgoing = Channel.CreateUnbounded<TRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<ulong, Waiter> _waiting = new();
    private readonly CancellationTokenSource _closed = new();
    private readonly Timer _sweep;
    private readonly Task _reading;
    private readonly Task _writing;
    private long _nextId;
    private RpcException? _broken;

    /// <summary>Opens the stream: in waves when <paramref name="waves"/> and the protocol has a batched form, else one entry a message.</summary>
    public MultiplexedStream(IStreamProtocol<TRequest, TResponse> protocol, CallInvoker invoker, bool waves = true)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        _protocol = protocol;
        if (waves && protocol is IWaveProtocol<TRequest, TResponse> batched)
        {
            _call = batched.OpenWaves(invoker, _closed.Token);
            _name = batched.WavesName;
        }
        else
        {
            _call = new EntryStreamCall<TRequest, TResponse>(protocol.Open(invoker, _closed.Token));
            _name = protocol.Name;
        }

        _reading = ReadAllAsync();
        _writing = WriteAllAsync();
        _sweep = new Timer(static s => ((MultiplexedStream<TRequest, TResponse>)s!).Sweep(), this, SweepPeriod, SweepPeriod);
    }

    /// <summary>True once the stream has ended: every later call goes on a new stream.</summary>
    public bool IsBroken => Volatile.Read(ref _broken) is not null;

    /// <summary>True when this stream carries waves (the batched form of the method).</summary>
    public bool InWaves => _call.InWaves;

    /// <summary>Sends one request and waits for its answer.</summary>
    /// <exception cref="RpcException">The answer reports a failure, or none came before <paramref name="deadline"/> (DeadlineExceeded).</exception>
    /// <exception cref="StreamBrokenException">The stream ended before the answer came.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<TResponse> SendAsync(TRequest request, DateTime deadline, CancellationToken cancellationToken)
    {
        var id = (ulong)Interlocked.Increment(ref _nextId);
        var answer = new Waiter(deadline);
        _waiting[id] = answer;
        if (Volatile.Read(ref _broken) is { } broken && _waiting.TryRemove(id, out _)) throw new StreamBrokenException(broken);

        var remaining = deadline - DateTime.UtcNow;
        _protocol.Number(request, id, (int)Math.Clamp(remaining.TotalMilliseconds, 1, int.MaxValue));
        _outgoing.Writer.TryWrite(request);

        using var cancel = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static (s, token) => ((Withdrawal)s!).Run(token), new Withdrawal(this, id))
            : default;
        var response = await answer.Task.ConfigureAwait(false);
        return _protocol.FailureOf(response) is { } failure ? throw failure : response;
    }

    public async ValueTask DisposeAsync()
    {
        await _sweep.DisposeAsync().ConfigureAwait(false);
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

    private void Sweep()
    {
        if (_waiting.IsEmpty) return;
        var now = DateTime.UtcNow;
        foreach (var (id, waiter) in _waiting)
        {
            if (waiter.Deadline <= now) GiveUp(id, new RpcException(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded")));
        }
    }

    private async Task WriteAllAsync()
    {
        try
        {
            var reader = _outgoing.Reader;
            var wave = new List<TRequest>();
            var most = _call.InWaves ? MaxEntriesPerWave : 1;
            while (await reader.WaitToReadAsync(_closed.Token).ConfigureAwait(false))
            {
                // Everything queued while the previous write was under way goes out together.
                while (wave.Count < most && reader.TryRead(out var request)) wave.Add(request);
                await _call.WriteAsync(wave, _closed.Token).ConfigureAwait(false);
                wave.Clear();
            }
        }
        catch (Exception e) when (e is RpcException or OperationCanceledException or InvalidOperationException or IOException)
        {
            // A write fails when the call has ended: the reader's status says why (e.g. UNIMPLEMENTED), so it is waited
            // for briefly and preferred; the write's own failure stands when the reader has nothing better.
            await Task.WhenAny(_reading, Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None)).ConfigureAwait(false);
            Break(e as RpcException ?? new RpcException(new Status(StatusCode.Unavailable, $"the {_name} stream could not be written: {e.Message}", e)));
        }
    }

    private async Task ReadAllAsync()
    {
        try
        {
            var answers = new List<TResponse>();
            while (await _call.ReadAsync(answers, _closed.Token).ConfigureAwait(false))
            {
                foreach (var response in answers)
                {
                    if (_waiting.TryRemove(_protocol.CallIdOf(response), out var answer)) answer.TrySetResult(response); // else given up on
                }

                answers.Clear();
            }

            Break(new RpcException(new Status(StatusCode.Unavailable, $"the service ended the {_name} stream")));
        }
        catch (Exception e) when (e is RpcException or OperationCanceledException or IOException)
        {
            Break(e as RpcException ?? new RpcException(new Status(StatusCode.Unavailable, $"the {_name} stream could not be read: {e.Message}", e)));
        }
    }

    private void Break(RpcException why)
    {
        var first = Interlocked.CompareExchange(ref _broken, why, null) ?? why;
        _outgoing.Writer.TryComplete();
        foreach (var id in _waiting.Keys)
        {
            if (_waiting.TryRemove(id, out var answer)) answer.TrySetException(new StreamBrokenException(first));
        }
    }

    // The caller's continuation is not run on the reading loop: running callers inline there (fewer thread hops, but
    // one thread doing every run's bookkeeping) saved no CPU that this machine could measure (docs/PERFORMANCE.md).
    private sealed class Waiter(DateTime deadline) : TaskCompletionSource<TResponse>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public DateTime Deadline { get; } = deadline;
    }

    private sealed class Withdrawal(MultiplexedStream<TRequest, TResponse> stream, ulong id)
    {
        public void Run(CancellationToken token) => stream.GiveUp(id, new OperationCanceledException(token));
    }
}
