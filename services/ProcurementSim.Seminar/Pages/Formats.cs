using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Seminar.Pages;

/// <summary>
/// How every page writes numbers and names for people: thousands separators, money, percentages, yes/no, and
/// snake_case or PascalCase names in words. One place, invariant culture (the pages are in English), so a page never
/// shows <c>1600000.00</c>, <c>True</c> or <c>inject_clarification_request</c>. The results are plain text: pages
/// still encode them with <see cref="Html.E"/>.
/// </summary>
internal static partial class Formats
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Money: whole dollars from $100 up (<c>1600000</c> → <c>$1,600,000</c>), cents below (<c>12.5</c> → <c>$12.50</c>), nothing as <c>$0</c>.</summary>
    public static string Money(double value)
    {
        if (!double.IsFinite(value)) return "—";
        if (value == 0) return "$0";
        var abs = Math.Abs(value);
        var text = abs >= 100 ? Math.Round(abs, MidpointRounding.AwayFromZero).ToString("#,##0", C) : abs.ToString("#,##0.00", C);
        return (value < 0 && text.Any(ch => ch is >= '1' and <= '9') ? "-$" : "$") + text;
    }

    /// <summary>A quantity with thousands separators and at most <paramref name="decimals"/> decimals (<c>113030000.000</c> → <c>113,030,000</c>).</summary>
    public static string Number(double value, int decimals = 2) =>
        double.IsFinite(value) ? Zero(value.ToString("#,##0." + new string('#', Math.Max(0, decimals)), C).TrimEnd('.')) : "—";

    /// <summary>A fraction from 0 to 1 as a percentage with at most one decimal (<c>0.125</c> → <c>12.5%</c>).</summary>
    public static string Percent(double fraction) =>
        double.IsFinite(fraction) ? Zero((fraction * 100).ToString("#,##0.#", C).TrimEnd('.')) + "%" : "—";

    /// <summary>
    /// A sentence of the model's event log with its large numbers grouped (<c>paying 1600000 in fees</c> → <c>paying
    /// 1,600,000 in fees</c>, <c>at 1102.5 per task unit</c> → <c>at 1,102.5 per task unit</c>): the log keeps the
    /// model's exact words and digits (result.json holds them), the pages only add separators; numbers inside names
    /// (<c>replacement_2</c>) and below 1,000 are left as they are.
    /// </summary>
    public static string Sentence(string? detail) => string.IsNullOrEmpty(detail) ? "" : LargeNumber().Replace(detail, m =>
        ulong.TryParse(m.Groups[1].Value, NumberStyles.None, C, out var whole) ? whole.ToString("#,##0", C) + m.Groups[2].Value : m.Value);

    [GeneratedRegex(@"(?<![\w.,])(\d{4,})(\.\d+)?(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex LargeNumber();

    /// <summary>The running score (0–100) with one decimal.</summary>
    public static string Score(double score) => score.ToString("0.0", C);

    /// <summary><c>true</c> → yes.</summary>
    public static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>A name in words: <c>intelligence_analysis</c> → "intelligence analysis", <c>UnderNotice</c> → "under notice".</summary>
    public static string Words(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (ch == '_') { sb.Append(' '); continue; }
            if (char.IsUpper(ch))
            {
                if (i > 0 && name[i - 1] != '_' && !char.IsUpper(name[i - 1])) sb.Append(' ');
                sb.Append(char.ToLowerInvariant(ch));
                continue;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>An enum value in words (<c>KnownVendorState.UnderNotice</c> → "under notice").</summary>
    public static string Words<T>(T value) where T : struct, Enum => Words(value.ToString());

    /// <summary>Names in words, joined with commas.</summary>
    public static string Words(IEnumerable<string> names) => string.Join(", ", names.Select(Words));

    /// <summary>An event's kind in words; an inject is named by what happens (<c>inject_clarification_request</c> → "clarification request").</summary>
    public static string EventKind(string kind) => Words(kind.StartsWith("inject_", StringComparison.Ordinal) ? kind["inject_".Length..] : kind);

    /// <summary>Who did something: the engine's own actor is "the game", the agency's integrator "the agency's integrator"; a seat keeps its name.</summary>
    public static string Actor(string? actor) => actor switch
    {
        null or "" => "",
        "orchestrator" => "the game",
        "integrator" => "the agency's integrator",
        _ => actor,
    };

    /// <summary>A quantity that may be missing (a metric the scenario does not define): "—" then.</summary>
    public static string Number(double? value, int decimals = 2) => value is { } v ? Number(v, decimals) : "—";

    /// <summary>A metric's value in its unit: costs in money, counts whole, capability in percent, the rest as numbers; "—" when missing.</summary>
    public static string Metric(string metric, double? value) => value is not { } v ? "—" : Metric(metric, v);

    /// <summary>A metric's value in its unit: costs in money, counts whole, capability in percent, the rest as numbers.</summary>
    public static string Metric(string metric, double value) => metric switch
    {
        MetricNames.TotalCost or MetricNames.ShortfallCost or MetricNames.EconomicCost => Money(value),
        MetricNames.MissionCapabilityMean or MetricNames.MissionCapabilityMin => Percent(value),
        _ when MetricNames.Counts.Contains(metric) => Number(value, 0),
        _ => Number(value, 3),
    };

    // "-0" reads as a mistake.
    private static string Zero(string text) => text is "-0" ? "0" : text;
}
