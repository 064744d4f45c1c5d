using System.Globalization;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Experiments;

/// <summary>
/// One numeric scenario field that experiments can vary, named by its path (e.g.
/// <c>vendors.replacement_b.replacement.accreditation_weeks</c>), with the range the loader enforces for it.
/// <see cref="ScenarioParameters"/> lists them; docs/SCENARIO-FORMAT.md documents every path.
/// </summary>
public sealed class ScenarioParameter
{
    private readonly NumberRange _range;
    private readonly Func<Scenario, double> _get;
    private readonly Func<Scenario, double, Scenario> _set;

    internal ScenarioParameter(string path, string key, ParameterKind kind, NumberRange range,
        Func<Scenario, double> get, Func<Scenario, double, Scenario> set)
    {
        (Path, Key, Kind, _get, _set) = (path, key, kind, get, set);
        _range = kind == ParameterKind.Boolean ? NumberRange.Unit : range;
    }

    /// <summary>The path as it was asked for (an inject's index form stays as given).</summary>
    public string Path { get; }

    /// <summary>Whole number, number or boolean.</summary>
    public ParameterKind Kind { get; }

    /// <summary>The smallest allowed value (0 for a boolean).</summary>
    public double Min => _range.Min;

    /// <summary>The largest allowed value (1 for a boolean; +infinity when unbounded).</summary>
    public double Max => _range.Max;

    /// <summary>True when <see cref="Min"/> itself is not allowed.</summary>
    public bool MinExclusive => _range.MinExclusive;

    /// <summary>True when <see cref="Max"/> itself is not allowed.</summary>
    public bool MaxExclusive => _range.MaxExclusive;

    /// <summary>The path in the form <see cref="ScenarioParameters.All"/> lists: two paths with the same key are the same field.</summary>
    internal string Key { get; }

    internal NumberRange Range => _range;

    /// <summary>The current value in <paramref name="scenario"/> (a boolean as 1 or 0).</summary>
    /// <param name="scenario">The scenario this parameter was listed for, or one <see cref="Set"/> derived from it.</param>
    public double Get(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return _get(scenario);
    }

    /// <summary>
    /// A copy of <paramref name="scenario"/> with this field set to <paramref name="value"/>; the scenario itself is not
    /// changed, and only the records on the way to the field are copied. An integer is rounded half away from zero; a
    /// boolean is true when the value is 0.5 or more. A value exactly on an excluded bound (a continuous distribution
    /// reaches it with probability zero) moves to the nearest allowed number.
    /// </summary>
    /// <param name="scenario">The scenario this parameter was listed for, or one <see cref="Set"/> derived from it.</param>
    /// <param name="value">The value; it must lie in the range (after rounding).</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside the range.</exception>
    public Scenario Set(Scenario scenario, double value)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return _set(scenario, Allowed(value));
    }

    /// <summary>What the parameter accepts, e.g. "a whole number from 1 to 100000".</summary>
    public string Describe() => Kind == ParameterKind.Boolean ? "true or false" : _range.Describe(Kind == ParameterKind.Integer);

    /// <inheritdoc/>
    public override string ToString() => Path;

    /// <summary>The value <see cref="Set"/> stores for <paramref name="value"/>.</summary>
    internal double Allowed(double value)
    {
        if (double.IsNaN(value)) throw new ArgumentOutOfRangeException(nameof(value), value, $"{Path} takes {Describe()}, not NaN");
        switch (Kind)
        {
            case ParameterKind.Boolean:
                return value >= 0.5 ? 1 : 0;
            case ParameterKind.Integer:
                value = Math.Round(value, MidpointRounding.AwayFromZero);
                break;
        }
        if (_range.Contains(value)) return value;
        if (Kind == ParameterKind.Number && value == _range.Min && _range.MinExclusive) return Math.BitIncrement(value);
        if (Kind == ParameterKind.Number && value == _range.Max && _range.MaxExclusive) return Math.BitDecrement(value);
        throw new ArgumentOutOfRangeException(nameof(value), value,
            string.Create(CultureInfo.InvariantCulture, $"{Path} takes {Describe()}, not {value:R}"));
    }
}
