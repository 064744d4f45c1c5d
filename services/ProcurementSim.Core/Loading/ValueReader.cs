using System.Globalization;
using System.Text.RegularExpressions;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Text;

namespace ProcurementSim.Core.Loading;

/// <summary>
/// Converts nodes to values, reporting a wrong type or range with the field path. An absent node (null) or
/// an already-reported one (<see cref="YamlInvalid"/>) yields the fallback silently.
/// </summary>
internal sealed partial class ValueReader(DiagnosticBag diagnostics)
{
    public double Number(YamlNode? node, string path, NumberRange range, double fallback = 0) =>
        TryNumber(node, path, range, whole: false, out var v) ? v : fallback;

    public int Integer(YamlNode? node, string path, NumberRange range, int fallback = 0) =>
        TryNumber(node, path, range, whole: true, out var v) ? (int)v : fallback;

    public ulong UnsignedInteger(YamlNode? node, string path, ulong fallback)
    {
        const string Expected = "a whole number from 0 to 18446744073709551615";
        if (Scalar(node, path, Expected) is not { } s) return fallback;
        switch (ScalarResolver.Resolve(s))
        {
            case ScalarKind.Integer when ulong.TryParse(s.Value.TrimStart('+'), NumberStyles.None, CultureInfo.InvariantCulture, out var v):
                return v;
            // 12.0 is a whole number, as for every other whole-number key (exact up to 2^53).
            case ScalarKind.Float when ScalarResolver.ParseNumber(s.Value) is var d && d >= 0 && d <= 9007199254740992 && d == Math.Floor(d):
                return (ulong)d;
            case ScalarKind.Integer or ScalarKind.Float:
                diagnostics.Add(s, $"{path}: expected {Expected}, got {s.Shown}");
                return fallback;
            default:
                return TypeError(s, path, Expected, fallback);
        }
    }

    public bool Boolean(YamlNode? node, string path, bool fallback)
    {
        const string Expected = "true or false";
        if (Scalar(node, path, Expected) is not { } s) return fallback;
        return ScalarResolver.Resolve(s) == ScalarKind.Boolean ? ScalarResolver.ParseBoolean(s.Value) : TypeError(s, path, Expected, fallback);
    }

    /// <summary>Text: a quoted scalar, or a plain one that is not a number, boolean or null (as in JSON).</summary>
    public string? Text(YamlNode? node, string path, string expected = "text") => TextScalar(node, path, expected)?.Value;

    public string? Name(YamlNode? node, string path, NamePattern pattern)
    {
        var expected = pattern switch
        {
            NamePattern.Identifier => "a name of lowercase letters, digits, '_' and '-' that starts with a letter or digit",
            NamePattern.Input => "a name of lowercase letters, digits, '_', '-' and '.' that starts with a letter or digit",
            _ => "a name of lowercase letters, digits and '_'",
        };
        if (TextScalar(node, path, expected) is not { } s) return null;
        var ok = pattern switch
        {
            NamePattern.Identifier => IdentifierPattern().IsMatch(s.Value),
            NamePattern.Input => InputPattern().IsMatch(s.Value),
            _ => CategoryPattern().IsMatch(s.Value),
        };
        if (!ok)
        {
            diagnostics.Add(s, $"{path}: expected {expected}, got '{s.Shown}'");
            return null;
        }
        if (s.Value.Length > Limits.MaxNameLength)
        {
            diagnostics.Add(s, string.Create(CultureInfo.InvariantCulture,
                $"{path}: expected a name of at most {Limits.MaxNameLength} characters, got {s.Value.Length}"));
            return null;
        }
        return s.Value;
    }

    /// <summary>One of a fixed set of words, with a suggestion when misspelt.</summary>
    public T? Word<T>(YamlNode? node, string path, IReadOnlyDictionary<string, T> words)
        where T : struct =>
        Choice(node, path, [.. words.Keys]) is { } word ? words[word] : null;

    /// <summary>One of <paramref name="choices"/>, with a suggestion when misspelt.</summary>
    public string? Choice(YamlNode? node, string path, IReadOnlyList<string> choices)
    {
        var expected = "one of " + string.Join(", ", choices);
        if (TextScalar(node, path, expected) is not { } s) return null;
        if (choices.Contains(s.Value)) return s.Value;
        var close = DidYouMean.Closest(s.Value, choices);
        diagnostics.Add(s, $"{path}: expected {expected}, got '{s.Shown}'" + (close is null ? "" : $"; did you mean '{close}'?"));
        return null;
    }

    public YamlMapping? Mapping(YamlNode? node, string path, string expected = "a mapping of keys to values")
    {
        if (node is null or YamlInvalid) return null;
        if (node is YamlMapping m) return m;
        diagnostics.Add(node, $"{Paths.Label(path)}: expected {expected}, got {node.Describe()}");
        return null;
    }

    public YamlSequence? List(YamlNode? node, string path, string expected = "a list")
    {
        if (node is null or YamlInvalid) return null;
        if (node is YamlSequence s) return s;
        diagnostics.Add(node, $"{Paths.Label(path)}: expected {expected}, got {node.Describe()}");
        return null;
    }

    /// <summary>A number (a whole one when <paramref name="whole"/>) in <paramref name="range"/>; false after reporting, or silently when absent.</summary>
    public bool TryNumber(YamlNode? node, string path, NumberRange range, bool whole, out double value)
    {
        value = 0;
        var expected = range.Describe(whole);
        if (Scalar(node, path, expected) is not { } s) return false;
        var kind = ScalarResolver.Resolve(s);
        if (kind is not (ScalarKind.Integer or ScalarKind.Float or ScalarKind.NonFinite)) return TypeError(s, path, expected, false);
        var v = kind == ScalarKind.NonFinite ? double.NaN : ScalarResolver.ParseNumber(s.Value);
        if (!double.IsFinite(v))
        {
            diagnostics.Add(s, $"{path}: expected a finite number, got '{s.Shown}'");
            return false;
        }
        if (!range.Contains(v) || (whole && v != Math.Floor(v)))
        {
            diagnostics.Add(s, $"{path}: expected {expected}, got {s.Shown}");
            return false;
        }
        value = v;
        return true;
    }

    /// <summary>The node as a scalar, or null (reported unless absent or already invalid).</summary>
    private YamlScalar? Scalar(YamlNode? node, string path, string expected)
    {
        switch (node)
        {
            case null or YamlInvalid:
                return null;
            case YamlScalar s:
                return s;
            default:
                diagnostics.Add(node, $"{path}: expected {expected}, got {node.Describe()}");
                return null;
        }
    }

    private YamlScalar? TextScalar(YamlNode? node, string path, string expected)
    {
        if (Scalar(node, path, expected) is not { } s) return null;
        if (ScalarResolver.Resolve(s) == ScalarKind.Text) return s;
        // A bare 42 or true is a number or boolean in YAML (and in JSON); say how to make it text.
        var hint = ScalarResolver.Resolve(s) == ScalarKind.Null ? "" : " (put it in quotes to make it text)";
        diagnostics.Add(s, $"{path}: expected {expected}, got {s.Describe()}{hint}");
        return null;
    }

    private T TypeError<T>(YamlScalar s, string path, string expected, T fallback)
    {
        diagnostics.Add(s, $"{path}: expected {expected}, got {s.Describe()}");
        return fallback;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^[a-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex InputPattern();
}
