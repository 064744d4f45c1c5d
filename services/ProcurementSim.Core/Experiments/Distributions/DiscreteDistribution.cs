namespace ProcurementSim.Core.Experiments.Distributions;

/// <summary>A finite list of values with weights (equal when not given).</summary>
public sealed class DiscreteDistribution : Distribution
{
    private readonly double[] _values;
    private readonly double[] _cumulative;

    /// <summary>At least one value; weights, when given, one per value, non-negative, with a positive sum.</summary>
    public DiscreteDistribution(IReadOnlyList<double> values, IReadOnlyList<double>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) throw new ArgumentException("discrete needs at least one value", nameof(values));
        if (weights is not null && weights.Count != values.Count) throw new ArgumentException("discrete needs one weight per value", nameof(weights));
        if (weights is not null && (weights.Any(w => !(w >= 0)) || !(weights.Sum() > 0)))
        {
            throw new ArgumentException("discrete weights must be >= 0 with a positive sum", nameof(weights));
        }
        _values = [.. values];
        Weights = weights is null ? [.. values.Select(_ => 1.0 / values.Count)] : [.. weights.Select(w => w / weights.Sum())];
        _cumulative = new double[_values.Length];
        var sum = 0.0;
        for (var i = 0; i < _values.Length; i++) _cumulative[i] = sum += Weights[i];
    }

    /// <summary>The values, in file order.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>The normalised weights (they sum to 1).</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <inheritdoc/>
    public override string Kind => "discrete";
    /// <inheritdoc/>
    public override double Min => _values.Min();
    /// <inheritdoc/>
    public override double Max => _values.Max();
    /// <inheritdoc/>
    public override bool IsDiscrete => true;
    /// <inheritdoc/>
    public override IReadOnlyList<double> Levels(int count) => _values;

    /// <inheritdoc/>
    public override string Describe() =>
        "discrete(" + string.Join(", ", _values.Select((v, i) => $"{Format(v)} p {Format(Weights[i])}")) + ")";

    /// <inheritdoc/>
    protected override double InverseCdf(double u)
    {
        for (var i = 0; i < _cumulative.Length - 1; i++)
        {
            if (u < _cumulative[i]) return _values[i];
        }
        return _values[^1];
    }
}
