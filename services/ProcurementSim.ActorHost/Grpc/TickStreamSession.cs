using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Core;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults.Streams;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>
/// The service's side of one tick stream (RunLifecycle.AdvanceTicks, or AdvanceTickWaves whose messages carry waves):
/// every tick is played as AdvanceTick plays it, all of them at once, and answered as it finishes, through one writer
/// (a stream takes one write at a time) that sends every answer finished while its previous write was under way
/// together (<see cref="AnswerWaves{TAnswer}"/>: one message on a wave stream). A tick that fails is answered with its
/// status; only the stream's own end (the orchestrator went away, or the service is stopping) ends the ticks in play.
/// When the orchestrator closes its side, the ticks in play are finished and answered before the stream ends. When the
/// service starts stopping, it reads no more ticks, answers those in play (a tick that has to wait is answered
/// UNAVAILABLE: the orchestrator plays its run elsewhere) and ends the stream, so that a shutdown never waits for a
/// stream the orchestrator would keep open. A tick's timeout_ms is kept by one sweep a stream (every
/// <see cref="SweepPeriod"/>), not a timer a tick.
/// </summary>
internal sealed class TickStreamSession
{
    /// <summary>How often the session looks for ticks past their timeout_ms.</summary>
    public static readonly TimeSpan SweepPeriod = TimeSpan.FromMilliseconds(50);

    private readonly Func<AdvanceTickRequest, ActivityContext?, CancellationToken, Task<AdvanceTickResponse>> _play;
    private readonly AnswerWaves<TickStreamResponse> _answers;
    private readonly CancellationToken _streamEnded;
    private readonly CancellationToken _stopping;
    private readonly ConcurrentDictionary<ulong, InPlay> _inPlay = new();
    private int _pending = 1; // the reading loop holds one until the orchestrator closes its side

    /// <param name="play">Plays one tick (AdvanceTick's rules), given the orchestrator's tick's trace context; a refusal is its RpcException.</param>
    /// <param name="write">Writes some answers (one wave message, or one message each).</param>
    /// <param name="streamEnded">The call's end.</param>
    /// <param name="stopping">The service's shutdown.</param>
    public TickStreamSession(
        Func<AdvanceTickRequest, ActivityContext?, CancellationToken, Task<AdvanceTickResponse>> play,
        Func<IReadOnlyList<TickStreamResponse>, Task> write,
        CancellationToken streamEnded,
        CancellationToken stopping)
    {
        _play = play;
        _answers = new AnswerWaves<TickStreamResponse>(write);
        _streamEnded = streamEnded;
        _stopping = stopping;
    }

    /// <summary>
    /// Reads and plays requests until the orchestrator closes its side, then ends once every answer is written.
    /// <paramref name="entries"/> gives the ticks a message carries (one, or a wave).
    /// </summary>
    public async Task RunAsync<TMessage>(IAsyncStreamReader<TMessage> requests, Func<TMessage, IReadOnlyList<TickStreamRequest>> entries)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(entries);
        var writer = _answers.WriteAllAsync(_streamEnded);
        using var ended = _streamEnded.UnsafeRegister(static s => ((TickStreamSession)s!).CancelAll(), this);
        using var stopped = _stopping.UnsafeRegister(static s => ((TickStreamSession)s!).CancelAll(), this);
        using var sweep = new Timer(static s => ((TickStreamSession)s!).Sweep(), this, SweepPeriod, SweepPeriod);
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(_streamEnded, _stopping);
        try
        {
            while (await requests.MoveNext(reading.Token).ConfigureAwait(false))
            {
                var message = entries(requests.Current);
                for (var i = 0; i < message.Count; i++) Take(message[i]);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested && !_streamEnded.IsCancellationRequested)
        {
            // The service is stopping: no more ticks; those in play are answered below.
        }
        finally
        {
            Release();
        }

        await writer.ConfigureAwait(false);
    }

    private void Take(TickStreamRequest request)
    {
        if (request.Cancel)
        {
            if (_inPlay.TryRemove(request.CallId, out var cancelled)) cancelled.Cancel();
            return;
        }
        if (request.Tick is null)
        {
            Answer(Failure(request.CallId, StatusCode.InvalidArgument, "a tick stream request needs its tick (or cancel: true)"));
            return;
        }

        var ticket = new InPlay(request.TimeoutMs > 0 ? Environment.TickCount64 + request.TimeoutMs : long.MaxValue);
        if (!_inPlay.TryAdd(request.CallId, ticket))
        {
            Answer(Failure(request.CallId, StatusCode.InvalidArgument, $"call_id {request.CallId} is already in play on this stream; number each tick anew"));
            return;
        }
        // The stream may have ended, or the service begun stopping, after CancelAll went over the ticks in play.
        if (_streamEnded.IsCancellationRequested || _stopping.IsCancellationRequested) ticket.Cancel();
        Interlocked.Increment(ref _pending);
        // On the thread pool rather than inline on the reading loop up to the tick's first wait: inline saved no CPU that
        // this machine could measure (docs/PERFORMANCE.md, "Tick waves"), and a slow tick would hold up the wave's others.
        _ = Task.Run(() => PlayOneAsync(request, ticket), CancellationToken.None);
    }

    private async Task PlayOneAsync(TickStreamRequest request, InPlay ticket)
    {
        try
        {
            // No span a tick (416 a run, three in four of a run's spans; docs/PERFORMANCE.md, "Tick waves"), and not the
            // stream call's span either, which would put the tick in the stream's trace; what the tick publishes links
            // to the orchestrator's tick, whose trace context the request carries.
            Activity.Current = null;
            var answer = await AnswerAsync(request, ticket.Token).ConfigureAwait(false);
            // A cancelled tick is not answered: the orchestrator stopped waiting for it.
            if (_inPlay.TryRemove(request.CallId, out _)) Answer(answer);
        }
        finally
        {
            Release();
        }
    }

    private async Task<TickStreamResponse> AnswerAsync(TickStreamRequest request, CancellationToken token)
    {
        try
        {
            ActivityContext? trace = ActivityContext.TryParse(request.Traceparent, request.Tracestate, isRemote: true, out var parent) ? parent : null;
            return new TickStreamResponse { CallId = request.CallId, Played = await _play(request.Tick, trace, token).ConfigureAwait(false) };
        }
        catch (RpcException e)
        {
            return Failure(request.CallId, e.StatusCode, e.Status.Detail);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested && !_streamEnded.IsCancellationRequested)
        {
            return Failure(request.CallId, StatusCode.Unavailable,
                $"tick {request.Tick.Tick} of actor {request.Tick.ActorId} was not played: its service is stopping");
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested && !_streamEnded.IsCancellationRequested)
        {
            return Failure(request.CallId, StatusCode.DeadlineExceeded,
                $"tick {request.Tick.Tick} of actor {request.Tick.ActorId} did not finish within {request.TimeoutMs} ms (timeout_ms)");
        }
        catch (OperationCanceledException)
        {
            return Failure(request.CallId, StatusCode.Cancelled, "the tick stream ended before the tick was played");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // What a unary AdvanceTick ends with on an unexpected exception (its message, not its stack), for this tick alone.
            return Failure(request.CallId, StatusCode.Internal, $"the tick failed unexpectedly: {e.GetType().Name}: {e.Message}");
        }
    }

    private static TickStreamResponse Failure(ulong callId, StatusCode code, string message) =>
        new() { CallId = callId, Failure = new TickFailure { Code = (int)code, Message = message } };

    private void Answer(TickStreamResponse response) => _answers.Add(response);

    private void Release()
    {
        if (Interlocked.Decrement(ref _pending) == 0) _answers.Complete();
    }

    private void CancelAll()
    {
        foreach (var (_, ticket) in _inPlay) ticket.Cancel();
    }

    private void Sweep()
    {
        if (_inPlay.IsEmpty) return;
        var now = Environment.TickCount64;
        foreach (var (_, ticket) in _inPlay)
        {
            if (ticket.Deadline <= now) ticket.Cancel();
        }
    }

    // A tick in play: what stops waiting for it (its timeout, a cancel, the stream's end). A plain source with no timer
    // and no links, so a tick costs no timer; it is never disposed, as it holds nothing to release, so that a sweep or
    // a cancel that finds it just as its tick finishes can still cancel it harmlessly.
    private sealed class InPlay(long deadline)
    {
        private readonly CancellationTokenSource _source = new();

        public long Deadline { get; } = deadline;

        public CancellationToken Token => _source.Token;

        public void Cancel() => _source.Cancel();
    }
}
