namespace ProcurementSim.Analysis.Robustness;

/// <summary>Ranks strategies by mean score, highest first; equal (or undefined) means by name, ordinal.</summary>
internal static class Ranking
{
    /// <summary>The rank (1 = best) of each strategy, in the order given.</summary>
    public static int[] Of(IReadOnlyList<string> names, IReadOnlyList<double> meanScores)
    {
        var order = Enumerable.Range(0, names.Count)
            .OrderByDescending(k => double.IsNaN(meanScores[k]) ? double.NegativeInfinity : meanScores[k])
            .ThenBy(k => names[k], StringComparer.Ordinal)
            .ToArray();
        var rank = new int[names.Count];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r + 1;
        return rank;
    }
}
