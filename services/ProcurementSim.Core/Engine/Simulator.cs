using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Engine;

/// <summary>Plays one scenario under one strategy with one seed, in process.</summary>
public static class Simulator
{
    /// <summary>Runs the scenario to its last tick and scores it.</summary>
    public static RunResult Run(Scenario scenario, StrategySpec strategy, ulong seed, RunOptions? options = null) =>
        new RunEngine(scenario, strategy, seed, options ?? RunOptions.Default).RunToEnd();
}
