using System.Globalization;

namespace ProcurementSim.Core.Experiments.Distributions;

/// <summary>
/// A one-dimensional distribution sampled by its inverse CDF, so one uniform number in [0, 1) gives one value:
/// that is what lets Monte Carlo, Latin hypercube and factorial designs share every distribution.
/// </summary>
public abstract class Distribution
{
    /// <summary>The kind as the scenario file names it (<c>uniform</c>, <c>triangular</c>, ...).</summary>
    public abstract string Kind { get; }

    /// <summary>The lowest value it can give.</summary>
    public abstract double Min { get; }

    /// <summary>The highest value it can give.</summary>
    public abstract double Max { get; }

    /// <summary>True when it gives a finite set of values (factorial designs use them all).</summary>
    public virtual bool IsDiscrete => false;

    /// <summary>The value at cumulative probability <paramref name="u"/> in [0, 1), always within [<see cref="Min"/>, <see cref="Max"/>].</summary>
    public double Quantile(double u)
    {
        if (!(u >= 0 && u < 1)) throw new ArgumentOutOfRangeException(nameof(u), u, "a cumulative probability in [0, 1)");
        return Math.Clamp(InverseCdf(u), Min, Max);
    }

    /// <summary>
    /// The levels a factorial design crosses: every value of a discrete distribution, or the quantiles at the
    /// midpoints of <paramref name="count"/> equal-probability strata of a continuous one.
    /// </summary>
    public virtual IReadOnlyList<double> Levels(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var levels = new double[count];
        for (var k = 0; k < count; k++) levels[k] = Quantile((k + 0.5) / count);
        return levels;
    }

    /// <summary>The distribution as a short formula, e.g. <c>triangular(min 16, mode 26, max 52)</c>.</summary>
    public abstract string Describe();

    /// <summary>The inverse CDF; the result is clamped to the support by <see cref="Quantile"/>.</summary>
    protected abstract double InverseCdf(double u);

    /// <summary>A number as the descriptions print it.</summary>
    protected static string Format(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}
