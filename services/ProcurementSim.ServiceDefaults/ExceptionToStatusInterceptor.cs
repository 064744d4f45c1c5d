using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// Server interceptor: an exception a handler did not turn into an <see cref="RpcException"/> is logged with its
/// stack trace and answered with <see cref="StatusCode.Internal"/> and one sentence, never a stack trace; a call the
/// client abandoned (cancelled, or a stream it reset: Kestrel's reader then throws an <see cref="IOException"/>) is
/// answered with <see cref="StatusCode.Cancelled"/> and not logged as an error: an orchestrator that closes its tick
/// streams on shutdown is not a fault of the service.
/// </summary>
public sealed partial class ExceptionToStatusInterceptor(ILogger<ExceptionToStatusInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    private RpcException Map(Exception ex, ServerCallContext context)
    {
        if (ex is OperationCanceledException or IOException && context.CancellationToken.IsCancellationRequested)
        {
            return new RpcException(new Status(StatusCode.Cancelled, $"{context.Method} was cancelled: the client went away or its deadline passed."));
        }

        LogUnhandled(logger, ex, context.Method);
        var sentence = $"{context.Method} failed on the server with {ex.GetType().Name}: {OneLine(ex.Message)} The service log has the details.";
        return new RpcException(new Status(StatusCode.Internal, sentence));
    }

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        if (line.Length > 300)
        {
            line = line[..300] + "…";
        }

        return line.EndsWith('.') ? line : line + ".";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in {Method}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method);
}
