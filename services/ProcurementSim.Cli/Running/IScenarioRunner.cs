using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Cli.Running;

/// <summary>Plays one scenario, strategy and seed. Embedded today; a remote runner (<c>--remote URL</c>) fits here later.</summary>
internal interface IScenarioRunner
{
    RunResult Run(Scenario scenario, StrategySpec strategy, ulong seed);
}
