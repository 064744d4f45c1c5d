using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Grpc.Core;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>
/// The service's side of one tick stream (RunLifecycle.AdvanceTicks): every request is played as AdvanceTick plays
/// it, all of them at once, and answered as it finishes, through one writer (a stream takes one write at a time).
/// A tick that fails is answered with its status; only the stream's own end (the orchestrator went away, or the
/// service is stopping) ends the ticks in play. When the orchestrator closes its side, the ticks in play are
/// finished and answered before the stream ends. When the service starts stopping, it reads no more ticks, answers
/// those in play (a tick that has to wait is answered UNAVAILABLE: the orchestrator plays its run elsewhere) and ends
/// the stream, so that a shutdown never waits for a stream the orchestrator would keep open.
/// </summary>
internal sealed class TickStreamSession(
    Func<AdvanceTickRequest, CancellationToken, Task<AdvanceTickResponse>> play,
    IServerStreamWriter<TickStreamResponse> responses,
    CancellationToken streamEnded,
    CancellationToken stopping)
{
    private readonly Channel<TickStreamResponse> _answers = Channel.CreateUnbounded<TickStreamResponse>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<ulong, CancellationTokenSource> _inPlay = new();
    private int _pending = 1; // the reading loop holds one until the orchestrator closes its side

    /// <summary>Reads and plays requests until the orchestrator closes its side, then ends once every answer is written.</summary>
    public async Task RunAsync(IAsyncStreamReader<TickStreamRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var writer = WriteAllAsync();
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(streamEnded, stopping);
        try
        {
            while (await requests.MoveNext(reading.Token).ConfigureAwait(false))
            {
                Take(requests.Current);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !streamEnded.IsCancellationRequested)
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

        var ticket = CancellationTokenSource.CreateLinkedTokenSource(streamEnded, stopping);
        if (!_inPlay.TryAdd(request.CallId, ticket))
        {
            ticket.Dispose();
            Answer(Failure(request.CallId, StatusCode.InvalidArgument, $"call_id {request.CallId} is already in play on this stream; number each tick anew"));
            return;
        }
        if (request.TimeoutMs > 0) ticket.CancelAfter(request.TimeoutMs);
        Interlocked.Increment(ref _pending);
        _ = Task.Run(() => PlayOneAsync(request, ticket), CancellationToken.None);
    }

    private async Task PlayOneAsync(TickStreamRequest request, CancellationTokenSource ticket)
    {
        try
        {
            using var activity = StartActivity(request);
            var answer = await AnswerAsync(request, ticket.Token).ConfigureAwait(false);
            // A cancelled tick is not answered: the orchestrator stopped waiting for it.
            if (_inPlay.TryRemove(request.CallId, out _)) Answer(answer);
        }
        finally
        {
            ticket.Dispose();
            Release();
        }
    }

    private async Task<TickStreamResponse> AnswerAsync(TickStreamRequest request, CancellationToken token)
    {
        try
        {
            return new TickStreamResponse { CallId = request.CallId, Played = await play(request.Tick, token).ConfigureAwait(false) };
        }
        catch (RpcException e)
        {
            return Failure(request.CallId, e.StatusCode, e.Status.Detail);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested && !streamEnded.IsCancellationRequested)
        {
            return Failure(request.CallId, StatusCode.Unavailable,
                $"tick {request.Tick.Tick} of actor {request.Tick.ActorId} was not played: its service is stopping");
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested && !streamEnded.IsCancellationRequested)
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

    // The actor's work joins the orchestrator's tick: the span's parent is the request's trace context.
    private static Activity? StartActivity(TickStreamRequest request)
    {
        ActivityContext.TryParse(request.Traceparent, request.Tracestate, isRemote: true, out var parent);
        var activity = Telemetry.Source.StartActivity("AdvanceTick", ActivityKind.Server, parent);
        activity?.SetTag("procsim.run_id", request.Tick.RunId);
        activity?.SetTag("procsim.actor_id", request.Tick.ActorId);
        activity?.SetTag("procsim.tick", request.Tick.Tick);
        return activity;
    }

    private static TickStreamResponse Failure(ulong callId, StatusCode code, string message) =>
        new() { CallId = callId, Failure = new TickFailure { Code = (int)code, Message = message } };

    private void Answer(TickStreamResponse response) => _answers.Writer.TryWrite(response);

    private void Release()
    {
        if (Interlocked.Decrement(ref _pending) == 0) _answers.Writer.TryComplete();
    }

    private async Task WriteAllAsync()
    {
        await foreach (var answer in _answers.Reader.ReadAllAsync(streamEnded).ConfigureAwait(false))
        {
            // No token: a server stream writer ends with its call, and one wrapped by an interceptor may not take a
            // cancellable write at all (NotSupportedException), as InboxService found.
            await responses.WriteAsync(answer).ConfigureAwait(false);
        }
    }
}
