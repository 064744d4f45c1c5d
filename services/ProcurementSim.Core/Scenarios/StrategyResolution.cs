using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Scenarios;

/// <summary>
/// Which strategy a run of a scenario plays: the one named, or the scenario's first when none is named (no name, or an
/// empty one, which is how the wire leaves a name out). procsim, the orchestrator's StartRun and the actor services'
/// InitRun all decide here; each words a refusal its own way from what this tells.
/// </summary>
/// <param name="Strategy">The strategy played, or null when there is none to play (see <see cref="ScenarioHasNone"/>).</param>
/// <param name="Known">The scenario's strategy names, in file order.</param>
public sealed record StrategyResolution(StrategySpec? Strategy, IReadOnlyList<string> Known)
{
    /// <summary>True when the scenario defines no strategy at all (so none could be played, named or not).</summary>
    public bool ScenarioHasNone => Known.Count == 0;

    /// <summary>The strategy <paramref name="scenario"/> plays for <paramref name="name"/>.</summary>
    public static StrategyResolution Resolve(Scenario scenario, string? name)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var strategy = string.IsNullOrEmpty(name) ? scenario.Strategies.FirstOrDefault() : scenario.FindStrategy(name);
        return new StrategyResolution(strategy, [.. scenario.Strategies.Select(s => s.Name)]);
    }
}
