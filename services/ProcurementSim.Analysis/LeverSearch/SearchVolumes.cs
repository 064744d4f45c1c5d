using ProcurementSim.Analysis.Optimization;

namespace ProcurementSim.Analysis.LeverSearch;

/// <summary>
/// The hypervolume of each generation's front on one scale: every objective (minimised form) is normalised by the
/// best and worst finite values found on any generation's front (best → 0, worst → 1; an objective with one value
/// maps to 0), and the volume is taken against the point 1.1 in each, so the figures of all generations compare.
/// The exact volume costs about n^(M−1) for n points in M objectives: past <see cref="MaxWork"/> a generation's volume
/// is NaN (written null) rather than hours of arithmetic.
/// </summary>
public static class SearchVolumes
{
    /// <summary>The largest n^(M−1) computed exactly.</summary>
    public const double MaxWork = 5e7;

    /// <summary>The normalisation bounds and each generation's volume.</summary>
    public static (double[] Low, double[] High, GenerationVolume[] Volumes) Of(IReadOnlyList<IReadOnlyList<double[]>> fronts, int objectives)
    {
        ArgumentNullException.ThrowIfNull(fronts);
        var low = Enumerable.Repeat(double.PositiveInfinity, objectives).ToArray();
        var high = Enumerable.Repeat(double.NegativeInfinity, objectives).ToArray();
        foreach (var point in fronts.SelectMany(f => f))
        {
            for (var m = 0; m < objectives; m++)
            {
                if (!double.IsFinite(point[m])) continue;
                low[m] = Math.Min(low[m], point[m]);
                high[m] = Math.Max(high[m], point[m]);
            }
        }
        var reference = Enumerable.Repeat(1.1, objectives).ToArray();
        var volumes = fronts.Select((front, g) => new GenerationVolume(g, front.Count,
            Math.Pow(front.Count, objectives - 1) > MaxWork
                ? double.NaN
                : Hypervolume.Of(front.Select(p => (IReadOnlyList<double>)Normalise(p, low, high)), reference))).ToArray();
        return (low, high, volumes);
    }

    private static double[] Normalise(double[] point, double[] low, double[] high) =>
        [.. point.Select((v, m) => !double.IsFinite(v) ? double.PositiveInfinity : high[m] > low[m] ? (v - low[m]) / (high[m] - low[m]) : 0)];
}
