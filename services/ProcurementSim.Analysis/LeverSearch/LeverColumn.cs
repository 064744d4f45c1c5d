namespace ProcurementSim.Analysis.LeverSearch;

/// <summary>A searched lever as the outputs describe it.</summary>
/// <param name="Name">Its column name.</param>
/// <param name="Parameter">The playbook parameter or trigger threshold it sets.</param>
/// <param name="Kind">"real", "integer" or "values".</param>
/// <param name="Min">The lowest value.</param>
/// <param name="Max">The highest value.</param>
/// <param name="Values">The list of values, or null.</param>
public sealed record LeverColumn(string Name, string Parameter, string Kind, double Min, double Max, IReadOnlyList<double>? Values)
{
    /// <summary>The column of a searched lever.</summary>
    public static LeverColumn Of(SearchLever lever)
    {
        ArgumentNullException.ThrowIfNull(lever);
        return new(lever.Lever.Name, lever.Lever.Parameter, lever.Kind, lever.Lever.Range.Min, lever.Lever.Range.Max, lever.Values);
    }
}
