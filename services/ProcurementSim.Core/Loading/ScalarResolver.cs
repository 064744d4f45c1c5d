using System.Globalization;
using System.Text.RegularExpressions;

namespace ProcurementSim.Core.Loading;

/// <summary>Types plain scalars by the YAML 1.2 core schema (what editors and JSON Schema tools assume), not YAML 1.1's yes/no/on/off.</summary>
internal static partial class ScalarResolver
{
    public static ScalarKind Resolve(YamlScalar s)
    {
        if (s.Quoted) return ScalarKind.Text;
        var v = s.Value;
        return v switch
        {
            "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
            "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
            _ when IntegerPattern().IsMatch(v) => ScalarKind.Integer,
            _ when FloatPattern().IsMatch(v) => ScalarKind.Float,
            _ when NonFinitePattern().IsMatch(v) => ScalarKind.NonFinite,
            _ => ScalarKind.Text,
        };
    }

    /// <summary>The value of an integer or float scalar; non-finite when it overflows a double.</summary>
    public static double ParseNumber(string v) =>
        double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static bool ParseBoolean(string v) => v[0] is 't' or 'T';

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex NonFinitePattern();
}
