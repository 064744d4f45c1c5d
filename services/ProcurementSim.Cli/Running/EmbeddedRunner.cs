using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Cli.Running;

/// <summary>Runs the Core in this process: no broker, no services.</summary>
internal sealed class EmbeddedRunner : IScenarioRunner
{
    public RunResult Run(Scenario scenario, StrategySpec strategy, ulong seed) =>
        Simulator.Run(scenario, strategy, seed, RunOptions.Default);
}
