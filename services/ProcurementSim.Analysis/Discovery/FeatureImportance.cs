using MathNet.Numerics;
using MathNet.Numerics.Statistics;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Discovery;

/// <summary>
/// How much each input explains an outcome, from the runs alone (given data): the first-order sensitivity index
/// estimated as the correlation ratio over the input's bins (Plischke 2010; Saltelli et al. 2008), with Kelley's (1935)
/// small-sample correction ε² = 1 − [SS_within / (n − B)] / [SS_total / (n − 1)] clamped to [0, 1], and Spearman's
/// rank correlation for the direction of the effect. An index whose F test (the one-way analysis of variance over the same
/// bins) has a p-value above <see cref="Level"/> is marked indistinguishable from 0.
/// </summary>
internal static class FeatureImportance
{
    /// <summary>
    /// Significance level of the F test below which an index is told from 0: 0.01, so that among the ten or so inputs of a
    /// ranking, an input with no effect is listed as meaningful in about one ranking in ten.
    /// </summary>
    public const double Level = 0.01;

    /// <summary>
    /// The ranking of <paramref name="inputs"/> for <paramref name="outcome"/>: the inputs distinguishable from 0 by index,
    /// highest first (ties by name), then the indistinguishable ones by name.
    /// </summary>
    public static IReadOnlyList<InputImportance> Rank(
        IReadOnlyList<DiscoveryInput> inputs, IReadOnlyList<InputBins> bins, IReadOnlyList<double[]> inputRanks, double[] outcome)
    {
        var constant = outcome.Length < 2 || outcome.All(v => v == outcome[0]);
        var outcomeRanks = constant ? [] : outcome.Ranks(RankDefinition.Average);
        return [.. inputs
            .Select((input, j) =>
            {
                if (constant) return new InputImportance(input.Name, 0, 0, 1, true);
                var p = PValue(bins[j], outcome);
                return new InputImportance(input.Name, FirstOrder(bins[j], outcome), Spearman(inputRanks[j], outcomeRanks), p, !(p <= Level));
            })
            .OrderBy(i => i.Indistinguishable)
            .ThenByDescending(i => i.Indistinguishable ? 0 : i.FirstOrder)
            .ThenBy(i => i.Input, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The p-value of the one-way analysis of variance of <paramref name="y"/> over <paramref name="bins"/>:
    /// F = [SS_between / (B − 1)] / [SS_within / (n − B)], P(F(B − 1, n − B) ≥ f) = I_x((n − B)/2, (B − 1)/2) with
    /// x = (n − B) / (n − B + (B − 1)·f); 1 for a single bin or a constant y, NaN when n − B &lt; 1.
    /// </summary>
    public static double PValue(InputBins bins, double[] y)
    {
        var (between, total) = SumsOfSquares(bins, y);
        var n = y.Length;
        if (bins.Count < 2 || total <= 0) return 1;
        if (n - bins.Count < 1) return double.NaN;
        var within = Math.Max(0, total - between);
        double d1 = bins.Count - 1, d2 = n - bins.Count;
        if (within <= 0) return 0;
        var f = between / d1 / (within / d2);
        return Math.Clamp(SpecialFunctions.BetaRegularized(d2 / 2, d1 / 2, d2 / (d2 + d1 * f)), 0, 1);
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
        var (between, total) = SumsOfSquares(bins, y);
        if (total <= 0) return 0;

        // With as many bins as runs there are no degrees of freedom left within bins: no correction is possible.
        if (n - bins.Count < 1) return Math.Clamp(between / total, 0, 1);
        var within = Math.Max(0, total - between);
        return Math.Clamp(1 - within / (n - bins.Count) / (total / (n - 1)), 0, 1);
    }

    /// <summary>SS_between and SS_total of <paramref name="y"/> over <paramref name="bins"/>.</summary>
    private static (double Between, double Total) SumsOfSquares(InputBins bins, double[] y)
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

        if (total <= 0) return (0, 0);
        var between = 0.0;
        for (var b = 0; b < bins.Count; b++)
        {
            var d = sums[b] / counts[b] - mean;
            between += counts[b] * d * d;
        }

        return (between, total);
    }
}
