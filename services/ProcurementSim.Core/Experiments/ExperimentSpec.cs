using ProcurementSim.Core.Experiments.Conditions;

namespace ProcurementSim.Core.Experiments;

/// <summary>
/// What a scenario file says about experiments over it (the <c>uncertainties:</c>, <c>levers:</c> and
/// <c>robustness:</c> sections): not part of the situation a run plays, so kept apart from <see cref="Scenarios.Scenario"/>.
/// </summary>
/// <param name="Uncertainties">Parameters experiments sample, in file order.</param>
/// <param name="Levers">Strategy parameters sweeps vary, in file order.</param>
/// <param name="Satisficing">Satisficing criteria: a state of the world is acceptable when all hold.</param>
public sealed record ExperimentSpec(
    IReadOnlyList<UncertaintySpec> Uncertainties,
    IReadOnlyList<LeverSpec> Levers,
    IReadOnlyList<Condition> Satisficing)
{
    /// <summary>No uncertainty, lever or criterion.</summary>
    public static ExperimentSpec None { get; } = new([], [], []);

    /// <summary>The uncertainty of that name, or null.</summary>
    public UncertaintySpec? FindUncertainty(string name) => Uncertainties.FirstOrDefault(u => u.Name == name);

    /// <summary>The lever of that name, or null.</summary>
    public LeverSpec? FindLever(string name) => Levers.FirstOrDefault(l => l.Name == name);
}
