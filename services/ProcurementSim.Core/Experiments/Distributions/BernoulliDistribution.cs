using MathNet.Numerics.Distributions;

namespace ProcurementSim.Core.Experiments.Distributions;

/// <summary>1 (true) with probability p, else 0 (false): yes/no uncertainties such as whether a vendor accepts a clause.</summary>
public sealed class BernoulliDistribution : Distribution
{
    private readonly double _p;

    /// <summary>p in [0, 1].</summary>
    public BernoulliDistribution(double p)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentException($"bernoulli needs p in [0, 1] (got {p})", nameof(p));
        _p = p;
    }

    /// <summary>The chance of 1.</summary>
    public double P => _p;

    /// <inheritdoc/>
    public override string Kind => "bernoulli";
    /// <inheritdoc/>
    public override double Min => 0;
    /// <inheritdoc/>
    public override double Max => 1;
    /// <inheritdoc/>
    public override bool IsDiscrete => true;
    /// <inheritdoc/>
    public override IReadOnlyList<double> Levels(int count) => [0, 1];
    /// <inheritdoc/>
    public override string Describe() => $"bernoulli(p {Format(_p)})";

    // P(1) = p: the top p of the unit interval maps to 1, as MathNet's Bernoulli CDF puts P(0) = 1 - p.
    /// <inheritdoc/>
    protected override double InverseCdf(double u) => u < Bernoulli.CDF(_p, 0) ? 0 : 1;
}
