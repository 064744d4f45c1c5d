using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Discovery;

/// <summary>An input column as scenario discovery and the importance ranking read it.</summary>
/// <param name="Name">Input name.</param>
/// <param name="Values">One value per state (finite).</param>
/// <param name="IsDiscrete">A finite set of values: PRIM peels one whole value at a time and importance bins by value.</param>
internal sealed record DiscoveryInput(string Name, double[] Values, bool IsDiscrete)
{
    /// <summary>Every input column of <paramref name="table"/> usable for discovery (finite throughout), with its column.</summary>
    /// <remarks>A column holding a NaN or an infinity is left out: it has no order.</remarks>
    public static IReadOnlyList<(InputColumn Column, DiscoveryInput Input)> All(CompleteStates table) =>
        [.. table.Inputs
            .Select((column, i) => (column, values: table.Input(i).ToArray()))
            .Where(c => c.values.All(double.IsFinite))
            .Select(c => (c.column, new DiscoveryInput(c.column.Name, c.values, c.column.IsDiscrete)))];

    /// <summary>Whether <paramref name="column"/> can affect <paramref name="strategy"/>: every uncertainty does; a lever only its own strategy.</summary>
    public static bool Affects(InputColumn column, string strategy) =>
        column.Strategy is null || string.Equals(column.Strategy, strategy, StringComparison.Ordinal);
}
