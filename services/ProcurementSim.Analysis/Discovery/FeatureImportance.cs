using MathNet.Numerics.Statistics;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Discovery;

/// <summary>
/// How much each input explains an outcome, from the runs alone (given data): the first-order sensitivity index
/// estimated as the correlation ratio over the input's bins (Plischke 2010; Saltelli et al. 2008), with Kelley's (1935)
/// small-sample correction ε² = 1 − [SS_within / (n − B)] / [SS_total / (n − 1)] clamped to [0, 1], and Spearman's
/// rank correlation for the direction of the effect.
/// </summary>
internal static class FeatureImportance
{
    /// <summary>The ranking of <paramref name="inputs"/> for <paramref name="outcome"/>: highest first-order index first, ties by name.</summary>
    public static IReadOnlyList<InputImportance> Rank(
        IReadOnlyList<DiscoveryInput> inputs, IReadOnlyList<InputBins> bins, IReadOnlyList<double[]> inputRanks, double[] outcome)
    {
        var constant = outcome.Length < 2 || outcome.All(v => v == outcome[0]);
        var outcomeRanks = constant ? [] : outcome.Ranks(RankDefinition.Average);
        return [.. inputs
            .Select((input, j) => constant
                ? new InputImportance(input.Name, 0, 0)
                : new InputImportance(input.Name, FirstOrder(bins[j], outcome), Spearman(inputRanks[j], outcomeRanks)))
            .OrderByDescending(i => i.FirstOrder)
            .ThenBy(i => i.Input, StringComparer.Ordinal)];
    }

    /// <summary>The input's average ranks (ties share their mean rank), computed once and reused for every outcome.</summary>
    public static double[] Ranks(DiscoveryInput input) => input.Values.Ranks(RankDefinition.Average);

    /// <summary>
    /// Spearman's correlation: Pearson's on average ranks, the definition MathNet's <c>Correlation.Spearman</c> uses
    /// (ranks given here so that each column is ranked once); 0 when either column is constant.
    /// </summary>
    public static double Spearman(double[] xRanks, double[] yRanks)
    {
        var r = Correlation.Pearson(xRanks, yRanks);
        return double.IsFinite(r) ? Math.Clamp(r, -1, 1) : 0;
    }

    /// <summary>The corrected correlation ratio of <paramref name="y"/> over <paramref name="bins"/>; 0 for a constant y.</summary>
    public static double FirstOrder(InputBins bins, double[] y)
    {
        var n = y.Length;
        var mean = y.Average();
        var sums = new double[bins.Count];
        var counts = new int[bins.Count];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            sums[bins.Bin[i]] += y[i];
            counts[bins.Bin[i]]++;
            total += (y[i] - mean) * (y[i] - mean);
        }

        if (total <= 0) return 0;
        var between = 0.0;
        for (var b = 0; b < bins.Count; b++)
        {
            var d = sums[b] / counts[b] - mean;
            between += counts[b] * d * d;
        }

        // With as many bins as runs there are no degrees of freedom left within bins: no correction is possible.
        if (n - bins.Count < 1) return Math.Clamp(between / total, 0, 1);
        var within = Math.Max(0, total - between);
        return Math.Clamp(1 - within / (n - bins.Count) / (total / (n - 1)), 0, 1);
    }
}
