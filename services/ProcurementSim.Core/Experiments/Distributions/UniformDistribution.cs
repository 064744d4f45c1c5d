using MathNet.Numerics.Distributions;

namespace ProcurementSim.Core.Experiments.Distributions;

/// <summary>Every value in [min, max] equally likely.</summary>
public sealed class UniformDistribution : Distribution
{
    private readonly double _min, _max;

    /// <summary>Uniform on [<paramref name="min"/>, <paramref name="max"/>], min &lt; max.</summary>
    public UniformDistribution(double min, double max)
    {
        if (!(min < max)) throw new ArgumentException($"uniform needs min < max (got {min}, {max})", nameof(max));
        (_min, _max) = (min, max);
    }

    /// <inheritdoc/>
    public override string Kind => "uniform";
    /// <inheritdoc/>
    public override double Min => _min;
    /// <inheritdoc/>
    public override double Max => _max;
    /// <inheritdoc/>
    public override string Describe() => $"uniform(min {Format(_min)}, max {Format(_max)})";
    /// <inheritdoc/>
    protected override double InverseCdf(double u) => ContinuousUniform.InvCDF(_min, _max, u);
}
