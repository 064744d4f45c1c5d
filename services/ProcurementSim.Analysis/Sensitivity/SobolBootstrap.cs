using ProcurementSim.Analysis.Statistics;
using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Analysis.Sensitivity;

/// <summary>
/// The bootstrap of the Sobol indices (Efron &amp; Tibshirani 1993; Archer, Saltelli &amp; Sobol 1997): resample b draws
/// the base rows with replacement, draw t taking row ⌊U × n⌋ (at most n − 1), U the uniform of the counter-based stream
/// (experiment seed, run b, actor "&lt;sobol-bootstrap&gt;", purpose "sobol-bootstrap", tick 0, draw t); the interval is the
/// percentile one, type 7 quantiles at (1 − L)/2 and (1 + L)/2 of the resampled estimates.
/// </summary>
internal static class SobolBootstrap
{
    private static readonly ulong Actor = StableHash.Of("<sobol-bootstrap>");

    /// <summary>How many times resample <paramref name="resample"/> draws each of the <c>counts.Length</c> rows.</summary>
    public static void Counts(ulong seed, int resample, Span<int> counts)
    {
        counts.Clear();
        var rows = counts.Length;
        var stream = new RandomStream(seed, resample, Actor).At(Purposes.SobolBootstrap, 0);
        for (var t = 0; t < rows; t++) counts[Math.Min((int)(stream.Uniform((ulong)t) * rows), rows - 1)]++;
    }

    /// <summary>The percentile interval of the estimates (those that are not NaN), as (low, high); NaN when none is.</summary>
    public static (double Low, double High) Interval(IEnumerable<double> estimates, double level)
    {
        var sorted = Descriptive.Sorted([.. estimates.Where(e => !double.IsNaN(e))]);
        return (Descriptive.Quantile(sorted, (1 - level) / 2), Descriptive.Quantile(sorted, (1 + level) / 2));
    }
}
