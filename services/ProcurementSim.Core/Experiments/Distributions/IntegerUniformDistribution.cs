namespace ProcurementSim.Core.Experiments.Distributions;

/// <summary>Every whole number from min to max (both included) equally likely: integer levers and uncertainties.</summary>
public sealed class IntegerUniformDistribution : Distribution
{
    private readonly int _min, _max;

    /// <summary>Uniform on the whole numbers of [<paramref name="min"/>, <paramref name="max"/>], min &lt; max.</summary>
    public IntegerUniformDistribution(int min, int max)
    {
        if (min >= max) throw new ArgumentException($"an integer range needs min < max (got {min}, {max})", nameof(max));
        (_min, _max) = (min, max);
    }

    /// <inheritdoc/>
    public override string Kind => "integer_uniform";
    /// <inheritdoc/>
    public override double Min => _min;
    /// <inheritdoc/>
    public override double Max => _max;
    /// <inheritdoc/>
    public override bool IsDiscrete => true;
    /// <summary>
    /// Every whole number of the range when there are at most <paramref name="count"/>; otherwise <paramref name="count"/>
    /// of them, one per equal-probability stratum (a lever over 0..100000 must not make a factorial design of 100001 levels).
    /// </summary>
    public override IReadOnlyList<double> Levels(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return (long)_max - _min + 1 <= count ? [.. Enumerable.Range(_min, _max - _min + 1).Select(v => (double)v)] : base.Levels(count);
    }
    /// <inheritdoc/>
    public override string Describe() => $"whole numbers {_min}..{_max}";
    /// <inheritdoc/>
    protected override double InverseCdf(double u) => _min + Math.Floor(u * ((double)_max - _min + 1));
}
