using ProcurementSim.Analysis.Statistics;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Charts;

/// <summary>Per week, the P10, P50 and P90 (type 7) of mission capability over a strategy's runs.</summary>
internal static class FanChart
{
    /// <summary>The band of one strategy over <paramref name="runs"/> (each a weekly series); the weeks every run has.</summary>
    public static FanBand Of(string strategy, IReadOnlyList<double[]> runs)
    {
        var ticks = runs.Count == 0 ? 0 : runs.Min(r => r.Length);
        var (p10, p50, p90) = (new double[ticks], new double[ticks], new double[ticks]);
        var column = new double[runs.Count];
        for (var t = 0; t < ticks; t++)
        {
            for (var r = 0; r < runs.Count; r++) column[r] = runs[r][t];
            Array.Sort(column);
            (p10[t], p50[t], p90[t]) = (Descriptive.Quantile(column, 0.1), Descriptive.Quantile(column, 0.5), Descriptive.Quantile(column, 0.9));
        }

        return new FanBand(strategy, p10, p50, p90);
    }
}
