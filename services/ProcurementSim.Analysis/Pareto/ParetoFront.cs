namespace ProcurementSim.Analysis.Pareto;

/// <summary>
/// Pareto efficiency on strategy means: capability up, cost down, red-line breaches down. A strategy is dominated
/// when another is at least as good on all three and strictly better on one.
/// </summary>
internal static class ParetoFront
{
    /// <summary>For each strategy, whether it is efficient (not dominated by any other).</summary>
    public static bool[] Efficient(IReadOnlyList<Objectives> points) =>
        [.. points.Select((p, i) => !points.Where((_, j) => j != i).Any(q => Dominates(q, p)))];

    /// <summary>Whether <paramref name="a"/> dominates <paramref name="b"/>.</summary>
    public static bool Dominates(Objectives a, Objectives b) =>
        a.Capability >= b.Capability && a.Cost <= b.Cost && a.Breaches <= b.Breaches
        && (a.Capability > b.Capability || a.Cost < b.Cost || a.Breaches < b.Breaches);
}
