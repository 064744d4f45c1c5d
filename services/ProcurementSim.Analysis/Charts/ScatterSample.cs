using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Charts;

/// <summary>The cost-vs-capability scatter: every k-th state, k = ⌈n / 500⌉ (so at most 500 points), and the means over all states.</summary>
internal static class ScatterSample
{
    /// <summary>Most points per strategy.</summary>
    public const int MaxPoints = 500;

    /// <summary>The series of one strategy.</summary>
    public static ScatterSeries Of(string strategy, IReadOnlyList<double> totalCost, IReadOnlyList<double> capability)
    {
        var n = totalCost.Count;
        var k = Math.Max(1, (n + MaxPoints - 1) / MaxPoints);
        var picked = Enumerable.Range(0, (n + k - 1) / k).Select(i => i * k).ToArray();
        return new ScatterSeries(
            strategy,
            [.. picked.Select(s => totalCost[s])],
            [.. picked.Select(s => capability[s])],
            n == 0 ? double.NaN : totalCost.Average(),
            n == 0 ? double.NaN : capability.Average());
    }
}
