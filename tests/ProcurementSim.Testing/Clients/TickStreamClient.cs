using System.Collections.Concurrent;
using Grpc.Core;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Testing.Clients;

/// <summary>
/// A client of RunLifecycle.AdvanceTicks written from the proto alone, as a third party would: one stream, requests
/// numbered by call id, answers matched by call id in whatever order they come.
/// </summary>
public sealed class TickStreamClient : IAsyncDisposable
{
    private readonly AsyncDuplexStreamingCall<TickStreamRequest, TickStreamResponse> _call;
    private readonly ConcurrentDictionary<ulong, TaskCompletionSource<TickStreamResponse>> _waiting = new();
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly Task _reading;
    private long _next;

    public TickStreamClient(CallInvoker invoker)
    {
        _call = new RunLifecycle.RunLifecycleClient(invoker).AdvanceTicks(deadline: DateTime.UtcNow.AddMinutes(5));
        _reading = ReadAsync();
    }

    /// <summary>Completes when the service has ended the stream (faults when the call failed).</summary>
    public Task Ended => _reading;

    /// <summary>Every answer received, in arrival order.</summary>
    public ConcurrentQueue<TickStreamResponse> Received { get; } = new();

    /// <summary>Sends a tick and returns its call id and the task of its answer.</summary>
    public async Task<(ulong CallId, Task<TickStreamResponse> Answer)> SendAsync(AdvanceTickRequest? tick, int timeoutMs = 0, ulong? callId = null)
    {
        var id = callId ?? (ulong)Interlocked.Increment(ref _next);
        var answer = _waiting.GetOrAdd(id, _ => new TaskCompletionSource<TickStreamResponse>(TaskCreationOptions.RunContinuationsAsynchronously));
        await WriteAsync(new TickStreamRequest { CallId = id, Tick = tick, TimeoutMs = timeoutMs });
        return (id, answer.Task);
    }

    /// <summary>Plays a tick and returns AdvanceTick's response, or throws its failure as an RpcException.</summary>
    public async Task<AdvanceTickResponse> PlayAsync(AdvanceTickRequest tick)
    {
        var (_, answer) = await SendAsync(tick);
        var response = await answer.WaitAsync(TimeSpan.FromSeconds(60));
        return response.OutcomeCase == TickStreamResponse.OutcomeOneofCase.Played
            ? response.Played
            : throw new RpcException(new Status((StatusCode)response.Failure.Code, response.Failure.Message));
    }

    /// <summary>Tells the service the answer to <paramref name="callId"/> is no longer awaited.</summary>
    public Task CancelAsync(ulong callId) => WriteAsync(new TickStreamRequest { CallId = callId, Cancel = true });

    /// <summary>Closes the client's side and waits until the service has ended the stream.</summary>
    public async Task CompleteAsync()
    {
        await _call.RequestStream.CompleteAsync();
        await _reading;
    }

    public async ValueTask DisposeAsync()
    {
        _call.Dispose();
        try
        {
            await _reading;
        }
        catch (RpcException)
        {
            // Disposing cancels the call.
        }
        _write.Dispose();
    }

    private async Task WriteAsync(TickStreamRequest request)
    {
        await _write.WaitAsync();
        try
        {
            await _call.RequestStream.WriteAsync(request);
        }
        finally
        {
            _write.Release();
        }
    }

    private async Task ReadAsync()
    {
        await foreach (var response in _call.ResponseStream.ReadAllAsync())
        {
            Received.Enqueue(response);
            _waiting.GetOrAdd(response.CallId, _ => new TaskCompletionSource<TickStreamResponse>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(response);
        }
    }
}
