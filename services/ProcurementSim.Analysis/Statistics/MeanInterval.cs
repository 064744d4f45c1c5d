using MathNet.Numerics.Distributions;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Statistics;

/// <summary>The Student t confidence interval on a mean: mean ± t_{(1+L)/2, n−1} · s / √n.</summary>
internal static class MeanInterval
{
    /// <summary>
    /// The interval at <paramref name="level"/> for <paramref name="n"/> values with this mean and sample SD. With fewer
    /// than two values the interval is undefined: both bounds are NaN (written as null).
    /// </summary>
    public static Interval Of(double mean, double sd, int n, double level)
    {
        if (n < 2) return new Interval(level, double.NaN, double.NaN);
        var t = StudentT.InvCDF(0, 1, n - 1, (1 + level) / 2);
        var half = t * sd / Math.Sqrt(n);
        return new Interval(level, mean - half, mean + half);
    }
}
