using Plotly.NET;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>
/// Plotly objects set by their plotly.js attribute names. Plotly.NET's typed chart functions cannot set every
/// attribute the experiment report needs (a box's precomputed quartiles and fences, a bar's per-bar base), so the
/// report's traces are Plotly.NET trace objects with those attributes set by name; Plotly.NET still serialises them.
/// </summary>
internal static class PlotObject
{
    /// <summary>A plain object with the given attributes; null values are left out.</summary>
    public static DynamicObj.DynamicObj Of(params (string Name, object? Value)[] attributes) => Set(new DynamicObj.DynamicObj(), attributes);

    /// <summary>A 2-D trace of plotly.js type <paramref name="type"/> (<c>box</c>, <c>scatter</c>, <c>bar</c>) with the given attributes.</summary>
    public static Trace2D Trace(string type, params (string Name, object? Value)[] attributes) => Set(new Trace2D(type), attributes);

    /// <summary>A layout with the given attributes.</summary>
    public static Layout Layout(params (string Name, object? Value)[] attributes) => Set(new Layout(), attributes);

    /// <summary>An axis title.</summary>
    public static DynamicObj.DynamicObj Title(string text) => Of(("text", text));

    /// <summary>Finite values as they are; NaN and infinities as null, which plotly.js leaves out (JSON has no NaN).</summary>
    public static double?[] Finite(IEnumerable<double> values) => [.. values.Select(v => double.IsFinite(v) ? v : (double?)null)];

    private static T Set<T>(T target, (string Name, object? Value)[] attributes) where T : DynamicObj.DynamicObj
    {
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                target.SetProperty(name, value);
            }
        }

        return target;
    }
}
