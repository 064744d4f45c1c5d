using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>
/// Forgets runs their caller abandoned (no EndRun, no RunCompleted: a client that went away, a crashed orchestrator),
/// every quarter of <see cref="ActorHostOptions.RunIdleTimeoutSeconds"/> (at most every 30 s).
/// </summary>
public sealed partial class IdleRunSweeper(ActorRuns runs, IOptions<ActorHostOptions> options, TimeProvider time, ILogger<IdleRunSweeper> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(Math.Clamp(options.Value.RunIdleTimeoutSeconds / 4, 0.05, 30));
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                foreach (var id in runs.ForgetIdle())
                {
                    LogForgotten(logger, id, options.Value.RunIdleTimeoutSeconds);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} forgotten: nothing named it for {Seconds} s (ProcSim:RunIdleTimeoutSeconds); its caller is gone without EndRun")]
    private static partial void LogForgotten(ILogger logger, string runId, double seconds);
}
