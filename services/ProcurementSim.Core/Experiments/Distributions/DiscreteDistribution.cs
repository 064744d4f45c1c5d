namespace ProcurementSim.Core.Experiments.Distributions;

/// <summary>A finite list of values with weights (equal when not given).</summary>
public sealed class DiscreteDistribution : Distribution
{
    private readonly double[] _values;
    private readonly double[] _sorted;
    private readonly double[] _cumulative;
    private readonly double _min, _max;
    private readonly int _last;

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
        // The inverse CDF walks the values in increasing order (whatever the file's order), so a larger u never gives a smaller value.
        var order = Enumerable.Range(0, _values.Length).OrderBy(i => _values[i]).ToArray();
        _sorted = [.. order.Select(i => _values[i])];
        _cumulative = new double[_values.Length];
        var sum = 0.0;
        for (var k = 0; k < order.Length; k++) _cumulative[k] = sum += Weights[order[k]];
        (_min, _max) = (_sorted[0], _sorted[^1]);
        // Rounding can leave the last cumulative sum a hair below 1; the top of the interval then goes to the largest value that has weight.
        _last = Array.FindLastIndex(order, i => Weights[i] > 0);
    }

    /// <summary>The values, in file order.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>The normalised weights (they sum to 1).</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <inheritdoc/>
    public override string Kind => "discrete";
    /// <inheritdoc/>
    public override double Min => _min;
    /// <inheritdoc/>
    public override double Max => _max;
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
        for (var i = 0; i < _last; i++)
        {
            if (u < _cumulative[i]) return _sorted[i];
        }
        return _sorted[_last];
    }
}
