using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Grpc.Core;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Orchestrator.Grpc;

/// <summary>
/// One open tick stream (RunLifecycle.AdvanceTicks) to one actor service: ticks of any runs go out as messages
/// (one writer: a stream takes one write at a time) and their answers, which come in the order the ticks finish, are
/// matched to them by call id. A tick's own failure fails that tick; the stream's end fails every tick still waiting
/// with <see cref="TickStreamBrokenException"/>, after which this connection takes no more ticks.
/// </summary>
internal sealed class TickConnection : IAsyncDisposable
{
    private readonly AsyncDuplexStreamingCall<TickStreamRequest, TickStreamResponse> _call;
    private readonly Channel<TickStreamRequest> _outgoing = Channel.CreateUnbounded<TickStreamRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<ulong, TaskCompletionSource<AdvanceTickResponse>> _waiting = new();
    private readonly CancellationTokenSource _closed = new();
    private readonly Task _writing;
    private readonly Task _reading;
    private long _nextId;
    private RpcException? _broken;

    public TickConnection(RunLifecycle.RunLifecycleClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _call = client.AdvanceTicks(cancellationToken: _closed.Token);
        _writing = WriteAllAsync();
        _reading = ReadAllAsync();
    }

    /// <summary>True once the stream has ended: every later tick goes on a new connection.</summary>
    public bool IsBroken => Volatile.Read(ref _broken) is not null;

    /// <summary>Plays one tick on the stream: its answer, or its failure as the RpcException AdvanceTick would have thrown.</summary>
    /// <exception cref="RpcException">The tick failed, or did not answer before <paramref name="deadline"/> (DeadlineExceeded).</exception>
    /// <exception cref="TickStreamBrokenException">The stream ended before the tick was answered.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<AdvanceTickResponse> PlayAsync(AdvanceTickRequest tick, DateTime deadline, CancellationToken cancellationToken)
    {
        var id = (ulong)Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<AdvanceTickResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = answer;
        if (Volatile.Read(ref _broken) is { } broken && _waiting.TryRemove(id, out _)) throw new TickStreamBrokenException(broken);

        var remaining = deadline - DateTime.UtcNow;
        var request = new TickStreamRequest { CallId = id, Tick = tick, TimeoutMs = (int)Math.Clamp(remaining.TotalMilliseconds, 1, int.MaxValue) };
        if (Activity.Current is { } activity)
        {
            request.Traceparent = activity.Id ?? string.Empty;
            request.Tracestate = activity.TraceStateString ?? string.Empty;
        }
        _outgoing.Writer.TryWrite(request);

        using var timer = new CancellationTokenSource(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        using var timeout = timer.Token.Register(() => GiveUp(id, new RpcException(new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"))));
        using var cancel = cancellationToken.Register(() => GiveUp(id, new OperationCanceledException(cancellationToken)));
        return await answer.Task.ConfigureAwait(false);
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

    // The orchestrator stops waiting for a tick: the service is told, so that it stops waiting on its behalf.
    private void GiveUp(ulong id, Exception why)
    {
        if (!_waiting.TryRemove(id, out var answer)) return;
        _outgoing.Writer.TryWrite(new TickStreamRequest { CallId = id, Cancel = true });
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
            Break(e as RpcException ?? new RpcException(new Status(StatusCode.Unavailable, $"the tick stream could not be written: {e.Message}", e)));
        }
    }

    private async Task ReadAllAsync()
    {
        try
        {
            while (await _call.ResponseStream.MoveNext(_closed.Token).ConfigureAwait(false))
            {
                var response = _call.ResponseStream.Current;
                if (!_waiting.TryRemove(response.CallId, out var answer)) continue; // given up on, or unknown
                if (response.OutcomeCase == TickStreamResponse.OutcomeOneofCase.Played) answer.TrySetResult(response.Played);
                else answer.TrySetException(new RpcException(new Status((StatusCode)(response.Failure?.Code ?? (int)StatusCode.Unknown), response.Failure?.Message ?? "no outcome")));
            }

            Break(new RpcException(new Status(StatusCode.Unavailable, "the actor service ended the tick stream")));
        }
        catch (Exception e) when (e is RpcException or OperationCanceledException or IOException)
        {
            Break(e as RpcException ?? new RpcException(new Status(StatusCode.Unavailable, $"the tick stream could not be read: {e.Message}", e)));
        }
    }

    private void Break(RpcException why)
    {
        Interlocked.CompareExchange(ref _broken, why, null);
        _outgoing.Writer.TryComplete();
        foreach (var id in _waiting.Keys)
        {
            if (_waiting.TryRemove(id, out var answer)) answer.TrySetException(new TickStreamBrokenException(why));
        }
    }
}
