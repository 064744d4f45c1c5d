using MathNet.Numerics.Statistics;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Statistics;

/// <summary>
/// The statistics of one column kept in bounded memory, for experiments too large to keep every value: count, mean,
/// sample standard deviation, minimum and maximum exactly as the values stream in (Welford's updates, by Math.NET's
/// <see cref="RunningStatistics"/>), the quantiles and whiskers from a <see cref="QuantileSketch"/>. NaN ("not
/// applicable") values are left out, as <see cref="Descriptive"/> leaves them out.
/// </summary>
internal sealed class StreamingColumn
{
    private readonly RunningStatistics _moments = new();
    private readonly QuantileSketch _sketch = new();

    /// <summary>Values counted (NaN excluded).</summary>
    public long Count => _moments.Count;

    /// <summary>Adds a value.</summary>
    public void Add(double value)
    {
        if (double.IsNaN(value)) return;
        _moments.Push(value);
        _sketch.Add(value);
    }

    /// <summary>The quantile q from the sketch, kept within the exact minimum and maximum; NaN when empty.</summary>
    public double Quantile(double q) => Count == 0 ? double.NaN : Math.Clamp(_sketch.Quantile(q), _moments.Minimum, _moments.Maximum);

    /// <summary>The statistics under the name <paramref name="metric"/>; every field NaN when no value applies.</summary>
    public MetricStats Stats(string metric)
    {
        if (Count == 0)
        {
            var nan = double.NaN;
            return new MetricStats(metric, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }

        var (min, max) = (_moments.Minimum, _moments.Maximum);
        var sd = Count < 2 ? 0 : _moments.StandardDeviation;
        var q1 = Quantile(0.25);
        var q3 = Quantile(0.75);
        var reach = 1.5 * (q3 - q1);
        var lower = _sketch.SmallestAtLeast(q1 - reach);
        var upper = _sketch.LargestAtMost(q3 + reach);
        return new MetricStats(
            metric, _moments.Mean, sd, min, Quantile(0.1), q1, Quantile(0.5), q3, Quantile(0.9), max,
            LowerWhisker: double.IsNaN(lower) ? min : Math.Clamp(lower, min, max),
            UpperWhisker: double.IsNaN(upper) ? max : Math.Clamp(upper, min, max));
    }
}
