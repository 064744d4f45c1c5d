using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Experiments;

/// <summary>Everything needed to play one run of a plan, in process or on the services.</summary>
/// <param name="Run">Which run.</param>
/// <param name="Scenario">The scenario with the state's sampled uncertainties applied.</param>
/// <param name="Strategy">The strategy with the state's sampled levers applied.</param>
/// <param name="Seed">The experiment's seed.</param>
/// <param name="Options">Run index = the state; capability kept when the plan asks for it.</param>
/// <param name="Overrides">The sampled inputs that apply to this run, by name: applied with <see cref="RunOverrides"/> to the
/// scenario as written and its strategy, they give <paramref name="Scenario"/> and <paramref name="Strategy"/>.</param>
public sealed record PreparedRun(PlannedRun Run, Scenario Scenario, StrategySpec Strategy, ulong Seed, RunOptions Options, IReadOnlyList<InputValue> Overrides)
{
    /// <summary>Plays the run in this process.</summary>
    public RunOutcome Play()
    {
        var result = Simulator.Run(Scenario, Strategy, Seed, Options);
        return new RunOutcome(Run, result.Score, result.Metrics, result.CapabilitySeries);
    }
}
