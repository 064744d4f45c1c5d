using ProcurementSim.Core.Experiments.Distributions;

namespace ProcurementSim.Core.Experiments;

/// <summary>One sampled input of an experiment: an uncertainty (every strategy) or a lever (its strategy only).</summary>
/// <param name="Name">Column name.</param>
/// <param name="Parameter">Scenario parameter path (uncertainty) or playbook parameter (lever).</param>
/// <param name="Strategy">The lever's strategy, or null for an uncertainty.</param>
/// <param name="Distribution">What it is sampled from.</param>
public sealed record ExperimentInput(string Name, string Parameter, string? Strategy, Distribution Distribution)
{
    /// <summary>True for a lever.</summary>
    public bool IsLever => Strategy is not null;
}
