using MathNet.Numerics.Statistics;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Statistics;

/// <summary>Descriptive statistics of one column: mean, sample SD, Hyndman–Fan type 7 quantiles and Tukey whiskers.</summary>
internal static class Descriptive
{
    /// <summary>The values sorted ascending (a copy).</summary>
    public static double[] Sorted(IReadOnlyList<double> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The type 7 quantile (R's and NumPy's default) of an ascending array; NaN when empty.</summary>
    public static double Quantile(double[] sorted, double tau) =>
        sorted.Length == 0 ? double.NaN : SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R7);

    /// <summary>
    /// Statistics of <paramref name="values"/> under the name <paramref name="metric"/>, over the runs where the metric
    /// applies (NaN marks "not applicable", e.g. transition weeks without a transition); every field NaN when none does.
    /// </summary>
    public static MetricStats Of(string metric, IReadOnlyList<double> values)
    {
        var sorted = Sorted([.. values.Where(v => !double.IsNaN(v))]);
        if (sorted.Length == 0)
        {
            var nan = double.NaN;
            return new MetricStats(metric, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }

        var mean = ArrayStatistics.Mean(sorted);
        var sd = StandardDeviation(sorted, mean);
        var q1 = Quantile(sorted, 0.25);
        var q3 = Quantile(sorted, 0.75);
        var reach = 1.5 * (q3 - q1);
        return new MetricStats(
            metric, mean, sd, sorted[0], Quantile(sorted, 0.1), q1, Quantile(sorted, 0.5), q3, Quantile(sorted, 0.9), sorted[^1],
            LowerWhisker: sorted.First(v => v >= q1 - reach),
            UpperWhisker: sorted.Last(v => v <= q3 + reach));
    }

    /// <summary>The sample standard deviation (divisor n − 1); 0 for a single value.</summary>
    public static double StandardDeviation(double[] values, double mean)
    {
        if (values.Length < 2) return 0;
        var sum = 0.0;
        foreach (var v in values) sum += (v - mean) * (v - mean);
        return Math.Sqrt(sum / (values.Length - 1));
    }
}
