using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Orchestrator.Domain;
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
    private const string CannotResume = "The run could not be resumed after the orchestrator restarted";

    /// <summary>Runs resumed at start.</summary>
    public int Resumed { get; private set; }

    /// <summary>Finished runs read back at start.</summary>
    public int Restored { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var resume = new List<RunEntry>();
        foreach (var stored in store.Log.Load())
        {
            var run = Rebuild(stored, out var reason);
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

    // A run in play whose scenario no longer loads (or lacks its strategy) gets a reason: it is failed with it.
    private static RunEntry Rebuild(StoredRun stored, out string? reason)
    {
        reason = null;
        var inPlay = !stored.State.IsTerminal();
        var loaded = ScenarioLoader.LoadText(stored.ScenarioYaml, stored.ScenarioFile);
        var scenario = loaded.IsValid ? loaded.Scenario : null;
        var strategy = scenario?.FindStrategy(stored.Strategy);
        if (scenario is null || strategy is null)
        {
            if (inPlay)
            {
                reason = scenario is null
                    ? $"{CannotResume}: its scenario no longer loads ({loaded.Diagnostics.FirstOrDefault()?.ToString() ?? "no diagnostic"})."
                    : $"{CannotResume}: its scenario no longer has the strategy '{stored.Strategy}'.";
            }

            var name = scenario?.Name ?? Path.GetFileNameWithoutExtension(stored.ScenarioFile);
            var files = stored.Result is { } kept
                ? new RunFiles(kept.Score, kept.ResultJson, kept.TimelineCsv, ReportReplay.Unavailable(stored.Id))
                : null;
            return RunEntry.Restore(stored, scenario: null, name, new StrategySpec(stored.Strategy, default, StrategyParameters.Empty), files);
        }

        var restored = stored.Result is { } r ? new RunFiles(r.Score, r.ResultJson, r.TimelineCsv, ReportReplay.Lazily(scenario, strategy, stored.Seed)) : null;
        return RunEntry.Restore(stored, scenario, scenario.Name, strategy, restored);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run store read: {Restored} finished runs restored, {Resumed} runs in play resumed from tick 0.")]
    private static partial void LogRecovered(ILogger logger, int restored, int resumed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} not resumed: {Reason}")]
    private static partial void LogNotResumed(ILogger logger, string runId, string reason);
}
