using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Core.Text;

namespace ProcurementSim.Cli.Scenarios;

/// <summary>The strategy a command plays, by the Core's rule (<see cref="StrategyResolution"/>), with a refusal worded for the command line.</summary>
internal static class StrategyChoice
{
    /// <exception cref="UserInputException">No strategy has that name.</exception>
    public static StrategySpec Resolve(string file, Scenario scenario, string? name)
    {
        var choice = StrategyResolution.Resolve(scenario, name);
        if (choice.Strategy is { } strategy)
        {
            return strategy;
        }

        if (choice.ScenarioHasNone)
        {
            throw new UserInputException($"{file}: the scenario defines no strategy to run.");
        }

        var hint = DidYouMean.Closest(name!, choice.Known) is { } close
            ? $"did you mean '{close}'?"
            : "the scenario's strategies are " + string.Join(", ", choice.Known) + ".";
        throw new UserInputException($"{file}: no strategy named '{name}'; {hint}");
    }
}
