using System.Globalization;

namespace ProcurementSim.Core.Results;

/// <summary>Numbers as result files write them: invariant culture, shortest round-trip form, finite only.</summary>
internal static class InvariantNumber
{
    /// <summary>Throws when <paramref name="value"/> is NaN or infinite: results never hold such a number unless the engine has a bug.</summary>
    public static void EnsureFinite(double value, string field)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException(
                $"Result field '{field}' is {value.ToString(CultureInfo.InvariantCulture)}; results must hold finite numbers (this is a bug in the engine).");
        }
    }

    /// <summary>The shortest invariant text that parses back to exactly <paramref name="value"/>.</summary>
    public static string Format(double value, string field)
    {
        EnsureFinite(value, field);
        return value.ToString("R", CultureInfo.InvariantCulture);
    }
}
