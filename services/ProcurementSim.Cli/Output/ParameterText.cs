using System.Globalization;

namespace ProcurementSim.Cli.Output;

/// <summary>A strategy parameter's value as a scenario file would spell it.</summary>
internal static class ParameterText
{
    public static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
