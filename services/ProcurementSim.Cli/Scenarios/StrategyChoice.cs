using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Core.Text;

namespace ProcurementSim.Cli.Scenarios;

/// <summary>Picks the strategy a command plays: the one named, or the scenario's first.</summary>
internal static class StrategyChoice
{
    /// <exception cref="UserInputException">No strategy has that name.</exception>
    public static StrategySpec Resolve(string file, Scenario scenario, string? name)
    {
        if (scenario.Strategies.Count == 0)
        {
            throw new UserInputException($"{file}: the scenario defines no strategy to run.");
        }

        if (name is null)
        {
            return scenario.Strategies[0];
        }

        if (scenario.FindStrategy(name) is { } found)
        {
            return found;
        }

        var names = scenario.Strategies.Select(s => s.Name).ToList();
        var hint = DidYouMean.Closest(name, names) is { } close
            ? $"did you mean '{close}'?"
            : "the scenario's strategies are " + string.Join(", ", names) + ".";
        throw new UserInputException($"{file}: no strategy named '{name}'; {hint}");
    }
}
