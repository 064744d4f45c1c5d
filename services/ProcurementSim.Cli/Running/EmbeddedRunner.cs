using ProcurementSim.Cli.Scenarios;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Reporting;

namespace ProcurementSim.Cli.Running;

/// <summary>Runs the Core in this process: no broker, no services.</summary>
internal sealed class EmbeddedRunner : IScenarioRunner
{
    public PlayedRun? Run(RunRequest request, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ScenarioInput.Load(request.File, error) is not { } scenario)
        {
            return null;
        }

        var strategy = StrategyChoice.Resolve(request.File, scenario, request.Strategy);
        var result = Simulator.Run(scenario, strategy, request.Seed ?? scenario.Seed, RunOptions.Default);
        // Serialise everything before writing anything, so a failing writer leaves the directory as it was.
        return new PlayedRun(scenario, strategy, result, RunFileSet.Of(result, scenario.CapabilityThreshold));
    }
}
