using MathNet.Numerics.Distributions;

namespace ProcurementSim.Core.Experiments.Distributions;

/// <summary>Triangular on [min, max] with its peak at mode: the usual three-point expert estimate.</summary>
public sealed class TriangularDistribution : Distribution
{
    private readonly double _min, _mode, _max;

    /// <summary>min &lt;= mode &lt;= max and min &lt; max.</summary>
    public TriangularDistribution(double min, double mode, double max)
    {
        if (!(min < max && mode >= min && mode <= max))
        {
            throw new ArgumentException($"triangular needs min <= mode <= max and min < max (got {min}, {mode}, {max})", nameof(mode));
        }
        (_min, _mode, _max) = (min, mode, max);
    }

    /// <inheritdoc/>
    public override string Kind => "triangular";
    /// <inheritdoc/>
    public override double Min => _min;
    /// <inheritdoc/>
    public override double Max => _max;
    /// <inheritdoc/>
    public override string Describe() => $"triangular(min {Format(_min)}, mode {Format(_mode)}, max {Format(_max)})";
    /// <inheritdoc/>
    protected override double InverseCdf(double u) => Triangular.InvCDF(_min, _max, _mode, u);
}
