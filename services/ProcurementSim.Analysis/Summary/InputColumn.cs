using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Analysis.Summary;

/// <summary>A sampled input: an uncertainty or a lever.</summary>
/// <param name="Name">Column name in runs.csv.</param>
/// <param name="Kind"><c>uncertainty</c> or <c>lever</c>.</param>
/// <param name="Parameter">The scenario parameter path (uncertainty) or playbook parameter (lever).</param>
/// <param name="Strategy">The lever's strategy; null for an uncertainty (it applies to all).</param>
/// <param name="Distribution">The distribution or range, as a formula.</param>
/// <param name="Min">Lowest value it can take.</param>
/// <param name="Max">Highest value it can take.</param>
/// <param name="IsDiscrete">True for a finite set of values (PRIM peels whole values).</param>
public sealed record InputColumn(string Name, string Kind, string Parameter, string? Strategy, string Distribution, double Min, double Max, bool IsDiscrete)
{
    /// <summary>An input of a plan as the outputs describe it.</summary>
    public static InputColumn Of(ExperimentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new(input.Name, input.IsLever ? "lever" : "uncertainty", input.Parameter, input.Strategy, input.Distribution.Describe(),
            input.Distribution.Min, input.Distribution.Max, input.Distribution.IsDiscrete);
    }
}
