using MathNet.Numerics.Distributions;

namespace ProcurementSim.Core.Experiments.Distributions;

/// <summary>
/// Log-normal with median e^mu and log-scale sigma, optionally cut to [min, max]: right-skewed quantities such as
/// delays and incident rates.
/// </summary>
public sealed class LogNormalDistribution : Distribution
{
    private readonly double _mu, _sigma, _min, _max, _lowCdf, _highCdf;

    /// <summary>sigma &gt; 0; <paramref name="min"/> defaults to 0 and <paramref name="max"/> to +infinity.</summary>
    public LogNormalDistribution(double mu, double sigma, double min = 0, double max = double.PositiveInfinity)
    {
        if (!(sigma > 0)) throw new ArgumentException($"lognormal needs sigma > 0 (got {sigma})", nameof(sigma));
        if (!(min >= 0 && min < max)) throw new ArgumentException($"lognormal needs 0 <= min < max (got {min}, {max})", nameof(max));
        (_mu, _sigma, _min, _max) = (mu, sigma, min, max);
        _lowCdf = min == 0 ? 0 : LogNormal.CDF(mu, sigma, min);
        _highCdf = double.IsPositiveInfinity(max) ? 1 : LogNormal.CDF(mu, sigma, max);
        if (!(_highCdf > _lowCdf)) throw new ArgumentException($"lognormal: [{min}, {max}] lies too far in the tail", nameof(min));
    }

    /// <summary>The median, e^mu.</summary>
    public double Median => Math.Exp(_mu);

    /// <inheritdoc/>
    public override string Kind => "lognormal";
    /// <inheritdoc/>
    public override double Min => _min;
    /// <inheritdoc/>
    public override double Max => _max;

    /// <inheritdoc/>
    public override string Describe() =>
        $"lognormal(median {Format(Median)}, sigma {Format(_sigma)}" +
        (_min > 0 ? $", min {Format(_min)}" : "") + (double.IsPositiveInfinity(_max) ? "" : $", max {Format(_max)}") + ")";

    /// <inheritdoc/>
    protected override double InverseCdf(double u)
    {
        var p = _lowCdf + u * (_highCdf - _lowCdf);
        return p <= 0 ? _min : LogNormal.InvCDF(_mu, _sigma, p);
    }
}
