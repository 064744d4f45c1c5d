using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Experiments;

/// <summary>
/// Applies a run's sampled inputs, given by name, to the scenario as written and to its strategy: what every process
/// that plays a part of the run does (the orchestrator and each actor service), so all hold the same sampled world.
/// </summary>
public static class RunOverrides
{
    /// <summary>The scenario with each named uncertainty set to its value; names that are not uncertainties are ignored (levers).</summary>
    /// <exception cref="ArgumentException">A value names neither an uncertainty nor a lever of the scenario.</exception>
    public static Scenario ApplyUncertainties(Scenario scenario, ExperimentSpec experiment, IReadOnlyList<InputValue> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(values);
        var specs = new List<UncertaintySpec>();
        var chosen = new List<double>();
        foreach (var value in values)
        {
            if (experiment.FindUncertainty(value.Name) is { } spec)
            {
                specs.Add(spec);
                chosen.Add(value.Value);
            }
            else if (experiment.FindLever(value.Name) is null)
            {
                throw new ArgumentException($"'{value.Name}' is neither an uncertainty nor a lever of scenario '{scenario.Name}'", nameof(values));
            }
        }
        return specs.Count == 0 ? scenario : ScenarioParameters.Apply(scenario, specs, chosen.ToArray());
    }

    /// <summary>The strategy with each of its named levers set to its value; other names are ignored.</summary>
    public static StrategySpec ApplyLevers(ExperimentSpec experiment, StrategySpec strategy, IReadOnlyList<InputValue> values)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            if (experiment.FindLever(value.Name) is { } lever && lever.Strategy == strategy.Name)
            {
                strategy = LeverApplication.Apply(strategy, lever, value.Value);
            }
        }
        return strategy;
    }
}
