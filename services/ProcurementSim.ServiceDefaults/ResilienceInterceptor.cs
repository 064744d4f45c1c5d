using Grpc.Core;
using Grpc.Core.Interceptors;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// Client interceptor that runs every unary call of one peer address through that address's Polly pipeline.
/// Each try carries the same absolute gRPC deadline: the caller's <c>CallOptions.Deadline</c> when it set one,
/// else now + <see cref="ProcSimOptions.CallTimeoutSeconds"/>. Streaming calls pass through untouched (a watch
/// stream must not be cut by a default deadline). Failures surface as <see cref="RpcException"/> only: an open
/// circuit is Unavailable, an exhausted budget DeadlineExceeded, a caller's cancellation Cancelled, each with a sentence.
/// </summary>
internal sealed class ResilienceInterceptor(string address, ResiliencePipeline pipeline, ProcSimOptions options, TimeProvider time) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var state = new UnaryCallState<TResponse>();
        var response = RunAsync(context, state, attemptContext =>
        {
            var call = continuation(request, attemptContext);
            state.Begin(call);
            return call.ResponseAsync;
        });
        return new AsyncUnaryCall<TResponse>(response, state.HeadersAsync(response), state.GetStatus, state.GetTrailers, state.Dispose);
    }

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, BlockingUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var state = new UnaryCallState<TResponse>();
        return RunAsync(context, state, attemptContext => Task.FromResult(continuation(request, attemptContext)))
            .GetAwaiter().GetResult();
    }

    private async Task<TResponse> RunAsync<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context,
        UnaryCallState<TResponse> state,
        Func<ClientInterceptorContext<TRequest, TResponse>, Task<TResponse>> attempt)
        where TRequest : class
        where TResponse : class
    {
        var now = time.GetUtcNow().UtcDateTime;
        var deadline = context.Options.Deadline ?? now + options.CallTimeout;
        var budget = deadline == DateTime.MaxValue
            ? Timeout.InfiniteTimeSpan
            : (deadline > now ? deadline - now : TimeSpan.Zero) + PeerPipeline.Grace;

        var resilience = ResilienceContextPool.Shared.Get(context.Options.CancellationToken);
        resilience.Properties.Set(PeerPipeline.Budget, budget);
        try
        {
            return await pipeline.ExecuteAsync(
                static async (ctx, s) =>
                {
                    var callOptions = s.context.Options.WithDeadline(s.deadline).WithCancellationToken(ctx.CancellationToken);
                    var attemptContext = new ClientInterceptorContext<TRequest, TResponse>(s.context.Method, s.context.Host, callOptions);
                    return await s.attempt(attemptContext).ConfigureAwait(false);
                },
                resilience,
                (context, deadline, attempt)).ConfigureAwait(false);
        }
        catch (BrokenCircuitException ex)
        {
            var retryAfter = ex.RetryAfter is { } after ? $" for about {Math.Ceiling(after.TotalSeconds)} s more" : string.Empty;
            throw Refuse(state, StatusCode.Unavailable,
                $"{context.Method.FullName} was not sent: the circuit to {address} is open after repeated Unavailable failures and refuses calls{retryAfter}.", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw Refuse(state, StatusCode.DeadlineExceeded,
                $"{context.Method.FullName} to {address} did not finish within {ex.Timeout.TotalSeconds:F1} s.", ex);
        }
        catch (OperationCanceledException ex) when (context.Options.CancellationToken.IsCancellationRequested)
        {
            // Cancelled between tries (in a backoff delay): report it the way gRPC reports a cancelled call.
            throw Refuse(state, StatusCode.Cancelled, $"{context.Method.FullName} to {address} was cancelled by the caller.", ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilience);
        }
    }

    private static RpcException Refuse<TResponse>(UnaryCallState<TResponse> state, StatusCode code, string detail, Exception cause)
    {
        var status = new Status(code, detail, cause);
        state.Refuse(status);
        return new RpcException(status);
    }
}
