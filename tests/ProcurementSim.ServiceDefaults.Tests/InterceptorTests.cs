using Grpc.Core;
using Microsoft.Extensions.Logging;
using ProcurementSim.ServiceDefaults;
using Xunit;

namespace ProcurementSim.ServiceDefaults.Tests;

/// <summary>
/// <see cref="ExceptionToStatusInterceptor"/>: what a handler's stray exception becomes, and when it is logged as an
/// error. A client that resets a stream (the orchestrator closing its tick streams) makes Kestrel's reader throw an
/// IOException with the call's token cancelled: that is the client leaving, not a fault of the service.
/// </summary>
public sealed class InterceptorTests
{
    [Fact]
    public async Task A_stream_the_client_reset_is_cancelled_and_not_logged_as_an_error()
    {
        var logger = new ListLogger();
        var context = new Context(cancelled: true);
        var e = await Assert.ThrowsAsync<RpcException>(() => new ExceptionToStatusInterceptor(logger).DuplexStreamingServerHandler<string, string>(
            null!, null!, context, (_, _, _) => throw new IOException("The client reset the request stream.")));
        Assert.Equal(StatusCode.Cancelled, e.StatusCode);
        Assert.Empty(logger.Errors);
    }

    [Fact]
    public async Task The_same_exception_while_the_client_is_still_there_is_an_internal_error_with_one_sentence_and_logged()
    {
        var logger = new ListLogger();
        var context = new Context(cancelled: false);
        var e = await Assert.ThrowsAsync<RpcException>(() => new ExceptionToStatusInterceptor(logger).DuplexStreamingServerHandler<string, string>(
            null!, null!, context, (_, _, _) => throw new IOException("disk full")));
        Assert.Equal(StatusCode.Internal, e.StatusCode);
        Assert.Contains("IOException: disk full.", e.Status.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", e.Status.Detail, StringComparison.Ordinal);
        Assert.Single(logger.Errors);
    }

    private sealed class ListLogger : ILogger<ExceptionToStatusInterceptor>
    {
        public List<string> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) Errors.Add(formatter(state, exception));
        }
    }

    private sealed class Context(bool cancelled) : ServerCallContext
    {
        private readonly CancellationTokenSource _cancel = new();

        protected override string MethodCore => "/procurementsim.v1.RunLifecycle/AdvanceTicks";
        protected override string HostCore => "localhost";
        protected override string PeerCore => "ipv4:127.0.0.1:1";
        protected override DateTime DeadlineCore => DateTime.MaxValue;
        protected override Metadata RequestHeadersCore { get; } = [];
        protected override CancellationToken CancellationTokenCore
        {
            get
            {
                if (cancelled) _cancel.Cancel();
                return _cancel.Token;
            }
        }

        protected override Metadata ResponseTrailersCore { get; } = [];
        protected override Status StatusCore { get; set; }
        protected override WriteOptions? WriteOptionsCore { get; set; }
        protected override AuthContext AuthContextCore => new(null, []);

        protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

        protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
    }
}
