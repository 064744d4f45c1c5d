using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProcurementSim.Cli.Tests.Hostile;

/// <summary>
/// Generates the malformed scenario corpus from scenarios/teaching-minimal.yaml, deterministically (fixed
/// <see cref="Seed"/>, no clock, no <c>Random</c>): line edits of the valid file (wrong types, missing sections,
/// huge and non-finite numbers, out-of-range ticks, duplicate keys) and the bombs of <see cref="HostileBombs"/>
/// (alias bombs, deep nesting, oversized files, invalid UTF-8, too many actors, broken syntax).
/// </summary>
internal static partial class HostileCorpus
{
    public const ulong Seed = 20261127;

    public const string WrongType = "wrong-type";
    public const string MissingSection = "missing-section";
    public const string HugeNumber = "huge-number";
    public const string NonFinite = "nan-infinity";
    public const string TickCount = "tick-count";
    public const string DuplicateKey = "duplicate-key";

    /// <summary>Required keys whose removal the loader must report by name (services/ProcurementSim.Core/Loading/*Reader.cs: m.Required).</summary>
    private static readonly string[] RequiredNested =
    [
        "demand", "weekly_budget", "shares", "notice_weeks", "termination_fee", "role", "quality", "capacity", "price",
        "accreditation_weeks", "ramp_up_weeks", "switching_cost",
    ];

    private static readonly string[] RequiredTopLevel = ["name", "ticks", "categories", "agency", "vendors", "strategies"];

    private static readonly string[] IntegerKeys = ["ticks", "seed", "notice_weeks", "accreditation_weeks", "ramp_up_weeks", "solicit_week", "evaluation_weeks"];

    public static IReadOnlyList<HostileFile> Generate(string baseText)
    {
        var random = new SplitMix(Seed);
        var lines = baseText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var files = new List<HostileFile>();
        files.AddRange(WrongTypes(lines));
        files.AddRange(MissingSections(lines));
        files.AddRange(HugeNumbers(lines));
        files.AddRange(NonFiniteNumbers(lines, random));
        files.AddRange(TickCounts(lines));
        files.AddRange(DuplicateKeys(lines));
        files.AddRange(HostileBombs.Generate(baseText, random));
        return files;
    }

    /// <summary>Every <c>key: value</c> line of the file (not list items, folded text or flow collections): (index, key, value).</summary>
    private static IEnumerable<(int Index, string Key, string Value)> ScalarLines(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var m = KeyValue().Match(lines[i]);
            if (m.Success && m.Groups["value"].Value is var value && value[0] is not ('>' or '|' or '[' or '{'))
            {
                yield return (i, m.Groups["key"].Value, value);
            }
        }
    }

    private static bool IsNumber(string value) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string WithLine(string[] lines, int index, string replacement)
    {
        var copy = (string[])lines.Clone();
        copy[index] = replacement;
        return string.Join('\n', copy);
    }

    private static string Replace(string[] lines, int index, string key, string value) =>
        WithLine(lines, index, lines[index][..lines[index].IndexOf(key + ":", StringComparison.Ordinal)] + key + ": " + value);

    private static HostileFile Text(string category, string name, string text, int? line, string reason) =>
        new(category, name, Encoding.UTF8.GetBytes(text), line, reason);

    // A list or a mapping where a scalar belongs; a word where a number belongs. Every one is refused on that line.
    private static IEnumerable<HostileFile> WrongTypes(string[] lines)
    {
        foreach (var (i, key, value) in ScalarLines(lines))
        {
            string[] wrong = IsNumber(value) ? ["[1, 2]", "{a: 1}", "abc"] : ["[1, 2]", "{a: 1}"];
            for (var w = 0; w < wrong.Length; w++)
            {
                yield return Text(WrongType, $"line{i + 1}-{key}-{w}.yaml", Replace(lines, i, key, wrong[w]), i + 1, "");
            }
        }
    }

    // Each required top-level section removed whole, and each required nested key removed.
    private static IEnumerable<HostileFile> MissingSections(string[] lines)
    {
        foreach (var section in RequiredTopLevel)
        {
            var start = Array.FindIndex(lines, l => l.StartsWith(section + ":", StringComparison.Ordinal));
            var end = start + 1;
            while (end < lines.Length && (lines[end].StartsWith(' ') || lines[end].StartsWith('-')))
            {
                end++;
            }

            var kept = lines.Take(start).Concat(lines.Skip(end)).ToArray();
            yield return Text(MissingSection, $"no-{section}.yaml", string.Join('\n', kept), null, $"missing required key '{section}'");
        }

        foreach (var (i, key, _) in ScalarLines(lines).Where(l => RequiredNested.Contains(l.Key) && lines[l.Index].StartsWith("  ", StringComparison.Ordinal)))
        {
            var kept = lines.Where((_, j) => j != i).ToArray();
            yield return Text(MissingSection, $"line{i + 1}-no-{key}.yaml", string.Join('\n', kept), null, $"missing required key '{key}'");
        }
    }

    // 1e999 overflows a double (refused as not finite); an integer beyond 64 bits where a whole number belongs.
    private static IEnumerable<HostileFile> HugeNumbers(string[] lines)
    {
        foreach (var (i, key, value) in ScalarLines(lines).Where(l => IsNumber(l.Value)))
        {
            yield return Text(HugeNumber, $"line{i + 1}-{key}-1e999.yaml", Replace(lines, i, key, "1e999"), i + 1, "");
            yield return Text(HugeNumber, $"line{i + 1}-{key}-minus-1e999.yaml", Replace(lines, i, key, "-1e999"), i + 1, "");
            if (IntegerKeys.Contains(key))
            {
                yield return Text(HugeNumber, $"line{i + 1}-{key}-2pow70.yaml", Replace(lines, i, key, "1180591620717411303424"), i + 1, "");
            }
        }
    }

    private static IEnumerable<HostileFile> NonFiniteNumbers(string[] lines, SplitMix random)
    {
        string[] tokens = [".nan", ".NaN", ".inf", "-.inf", "+.Inf", ".INF"];
        foreach (var (i, key, _) in ScalarLines(lines).Where(l => IsNumber(l.Value)))
        {
            // One seeded token per numeric field, and the plain words every field must refuse too.
            yield return Text(NonFinite, $"line{i + 1}-{key}-yaml.yaml", Replace(lines, i, key, random.Pick(tokens)), i + 1, "");
            yield return Text(NonFinite, $"line{i + 1}-{key}-word.yaml", Replace(lines, i, key, random.Below(2) == 0 ? "NaN" : "Infinity"), i + 1, "");
        }
    }

    // The limit is 10,000 ticks (Limits.MaxTicks): 10^6, just above, beyond 32 bits, zero, negative.
    private static IEnumerable<HostileFile> TickCounts(string[] lines)
    {
        var i = Array.FindIndex(lines, l => l.StartsWith("ticks:", StringComparison.Ordinal));
        foreach (var ticks in new[] { "1000000", "10001", "2147483648", "0", "-1", "1e6" })
        {
            yield return Text(TickCount, $"ticks-{ticks}.yaml", Replace(lines, i, "ticks", ticks), i + 1, "ticks");
        }
    }

    // A key given twice in the same mapping: the second is refused, naming the line of the first.
    private static IEnumerable<HostileFile> DuplicateKeys(string[] lines)
    {
        foreach (var (i, key, _) in ScalarLines(lines))
        {
            var copy = lines.Take(i + 1).Append(lines[i]).Concat(lines.Skip(i + 1));
            yield return Text(DuplicateKey, $"line{i + 1}-{key}-twice.yaml", string.Join('\n', copy), i + 2, $"duplicate key; '{key}' is already given on line {i + 1}");
        }
    }

    [GeneratedRegex(@"^(?<indent> *)(?<key>[a-z_]+): (?<value>[^\s#].*)$")]
    private static partial Regex KeyValue();
}
