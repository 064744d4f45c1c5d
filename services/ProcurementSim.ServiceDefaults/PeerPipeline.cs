using Grpc.Core;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// The Polly pipeline of one peer address: an overall timeout (a safety net behind the gRPC deadline), retry on
/// Unavailable with exponential backoff and jitter, and a circuit breaker that counts every try.
/// </summary>
internal static partial class PeerPipeline
{
    /// <summary>How long the Polly timeout lets the whole call run; set per call by the interceptor.</summary>
    internal static readonly ResiliencePropertyKey<TimeSpan> Budget = new("ProcSim.Budget");

    // The gRPC deadline normally ends a slow call first (so the server learns of it too); the Polly timeout only
    // stops a call that somehow outlives its deadline.
    internal static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    internal static ResiliencePipeline Build(string address, ProcSimOptions options, ILogger logger)
    {
        static bool IsUnavailable(RpcException e) => e.StatusCode == StatusCode.Unavailable;

        var builder = new ResiliencePipelineBuilder()
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(
                    args.Context.Properties.TryGetValue(Budget, out var budget) ? budget : options.CallTimeout + Grace),
            });
        // One attempt means no retry strategy at all: Polly refuses MaxRetryAttempts = 0.
        if (options.CallAttempts > 1) builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RpcException>(IsUnavailable),
                MaxRetryAttempts = options.CallAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
                MaxDelay = TimeSpan.FromSeconds(5),
                OnRetry = args =>
                {
                    LogRetry(logger, address, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            });
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RpcException>(IsUnavailable),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(options.BreakerSamplingSeconds),
                BreakDuration = TimeSpan.FromSeconds(options.BreakerBreakSeconds),
                OnOpened = args =>
                {
                    LogOpened(logger, address, args.BreakDuration.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    LogClosed(logger, address);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Peer {Address} unavailable; try {Attempt} in {DelayMs:F0} ms ({Reason})")]
    private static partial void LogRetry(ILogger logger, string address, int attempt, double delayMs, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Circuit to {Address} opened for {Seconds} s after repeated Unavailable failures")]
    private static partial void LogOpened(ILogger logger, string address, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Circuit to {Address} closed again")]
    private static partial void LogClosed(ILogger logger, string address);
}
