using System.Globalization;

namespace ProcurementSim.Core.Strategies;

/// <summary>A playbook's parameter values, defaults already applied. Values are int, double, bool, string or <see cref="Strategies.Trigger"/>.</summary>
public sealed class StrategyParameters
{
    private readonly SortedDictionary<string, object> _values;

    /// <summary>Wraps already-validated values.</summary>
    public StrategyParameters(IReadOnlyDictionary<string, object> values) =>
        _values = new SortedDictionary<string, object>(values.ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal);

    /// <summary>No parameters.</summary>
    public static StrategyParameters Empty { get; } = new(new Dictionary<string, object>());

    /// <summary>All values, sorted by name.</summary>
    public IReadOnlyDictionary<string, object> Values => _values;

    /// <summary>An integer parameter.</summary>
    public int Int(string name) => Convert.ToInt32(Get(name), CultureInfo.InvariantCulture);

    /// <summary>A number parameter.</summary>
    public double Number(string name) => Convert.ToDouble(Get(name), CultureInfo.InvariantCulture);

    /// <summary>A boolean parameter.</summary>
    public bool Bool(string name) => (bool)Get(name);

    /// <summary>A trigger parameter.</summary>
    public Trigger Trigger(string name) => (Trigger)Get(name);

    /// <summary>A text parameter (vendor name or choice).</summary>
    public string Text(string name) => (string)Get(name);

    /// <summary>A copy with one value replaced (levers and sweeps use this).</summary>
    public StrategyParameters With(string name, object value)
    {
        var copy = new Dictionary<string, object>(_values, StringComparer.Ordinal) { [name] = value };
        return new StrategyParameters(copy);
    }

    private object Get(string name) =>
        _values.TryGetValue(name, out var v)
            ? v
            : throw new KeyNotFoundException($"strategy parameter '{name}' was not set and has no default");
}
