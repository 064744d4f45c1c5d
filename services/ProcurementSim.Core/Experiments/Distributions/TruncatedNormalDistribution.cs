using MathNet.Numerics.Distributions;

namespace ProcurementSim.Core.Experiments.Distributions;

/// <summary>A normal distribution cut to [min, max] and renormalised (sampled by the inverse CDF on the truncated range).</summary>
public sealed class TruncatedNormalDistribution : Distribution
{
    private readonly double _mean, _sd, _min, _max, _lowCdf, _highCdf;

    /// <summary>sd &gt; 0, min &lt; max, and [min, max] must carry some probability.</summary>
    public TruncatedNormalDistribution(double mean, double sd, double min, double max)
    {
        if (!(sd > 0)) throw new ArgumentException($"truncated_normal needs sd > 0 (got {sd})", nameof(sd));
        if (!(min < max)) throw new ArgumentException($"truncated_normal needs min < max (got {min}, {max})", nameof(max));
        (_mean, _sd, _min, _max) = (mean, sd, min, max);
        _lowCdf = Normal.CDF(mean, sd, min);
        _highCdf = Normal.CDF(mean, sd, max);
        if (!(_highCdf > _lowCdf)) throw new ArgumentException($"truncated_normal: [{min}, {max}] lies too far in the tail of normal({mean}, {sd})", nameof(min));
    }

    /// <inheritdoc/>
    public override string Kind => "truncated_normal";
    /// <inheritdoc/>
    public override double Min => _min;
    /// <inheritdoc/>
    public override double Max => _max;
    /// <inheritdoc/>
    public override string Describe() => $"truncated_normal(mean {Format(_mean)}, sd {Format(_sd)}, min {Format(_min)}, max {Format(_max)})";
    /// <inheritdoc/>
    protected override double InverseCdf(double u) => Normal.InvCDF(_mean, _sd, _lowCdf + u * (_highCdf - _lowCdf));
}
