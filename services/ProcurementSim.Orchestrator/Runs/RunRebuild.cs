using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Store;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// A run read back from the <see cref="IRunLog"/> as a <see cref="RunEntry"/>: at start (<see cref="RunRecovery"/>), and
/// when a client asks for a finished run the store no longer keeps in memory (<see cref="RunStore.Recall"/>).
/// </summary>
public static class RunRebuild
{
    private const string CannotResume = "The run could not be resumed after the orchestrator restarted";

    /// <summary>The run as stored: a finished one as it ended (a completed one with its files); a run in play whose
    /// scenario no longer loads (or lacks its strategy) gets a reason, and its caller fails it with that reason.</summary>
    public static RunEntry Of(StoredRun stored, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(stored);
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
}
