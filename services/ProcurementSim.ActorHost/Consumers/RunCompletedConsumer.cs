using MassTransit;
using Microsoft.Extensions.Logging;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Contracts;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.ActorHost.Consumers;

/// <summary>A run finished (or failed, or was cancelled): forget its actors. Idempotent, like EndRun.</summary>
public sealed partial class RunCompletedConsumer(ActorRuns runs, ILogger<RunCompletedConsumer> logger) : IConsumer<RunCompleted>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<RunCompleted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runId = context.Message.RunId;
        using var scope = logger.BeginRunScope(runId);
        LogForgotten(logger, context.Message.State, runs.Forget(runId));
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {State}: state released ({Released})")]
    private static partial void LogForgotten(ILogger logger, string state, bool released);
}
