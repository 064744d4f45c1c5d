using ProcurementSim.Orchestrator.Store;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// On start, reads every run back from the <see cref="IRunLog"/>. Finished runs are served as they ended (completed
/// ones with their stored files, byte for byte). Runs that were in play (pending or running when the last orchestrator
/// stopped or was killed) are resumed: replayed from tick 0 with the same inputs — the model is deterministic, so the
/// replay gives the result they would have had — their replayed ticks checked against the events already stored
/// (<see cref="IRunLog.AppendTick"/>). A run whose scenario no longer loads is marked failed with the reason.
/// </summary>
public sealed partial class RunRecovery(RunStore store, RunLauncher launcher, ILogger<RunRecovery> logger) : IHostedService
{
    /// <summary>Runs resumed at start.</summary>
    public int Resumed { get; private set; }

    /// <summary>Finished runs read back at start.</summary>
    public int Restored { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var resume = new List<RunEntry>();
        foreach (var stored in store.Log.Load())
        {
            var run = RunRebuild.Of(stored, out var reason);
            store.Restore(run);
            if (reason is not null)
            {
                run.TryFail(reason);
                LogNotResumed(logger, stored.Id, reason);
            }
            else if (run.Resumed)
            {
                resume.Add(run);
            }
            else
            {
                Restored++;
            }
        }

        foreach (var run in resume)
        {
            launcher.Launch(run);
        }

        Resumed = resume.Count;
        LogRecovered(logger, Restored, Resumed);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Run store read: {Restored} finished runs restored, {Resumed} runs in play resumed from tick 0.")]
    private static partial void LogRecovered(ILogger logger, int restored, int resumed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} not resumed: {Reason}")]
    private static partial void LogNotResumed(ILogger logger, string runId, string reason);
}
