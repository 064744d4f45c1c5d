using System.Globalization;
using ProcurementSim.Reporting.Text;

namespace ProcurementSim.Workbench.Editing;

/// <summary>
/// The parameters planners change most, found in the scenario's own text: demand and criticality per category, each
/// vendor's quality, capacity, price, accreditation time and policy per category, the chosen strategy's parameters and
/// triggers, and the score's weights. Everything else is edited in the YAML beside the form.
/// </summary>
internal static class FormCatalog
{
    public static readonly IReadOnlyList<string> Stances = ["permitted", "conditional", "prohibited"];

    /// <summary>The form's fields for <paramref name="strategy"/> (null: the file's first strategy), in text order per section.</summary>
    public static IReadOnlyList<FormField> Fields(IReadOnlyList<ScalarLeaf> leaves, string? strategy)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var ticks = leaves.FirstOrDefault(l => l.Path == "ticks") is { } t && double.TryParse(t.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 104;
        strategy ??= leaves.FirstOrDefault(l => l.Path.StartsWith("strategies.", StringComparison.Ordinal))?.Path.Split('.')[1];
        var fields = new List<FormField>();
        foreach (var leaf in leaves)
        {
            if (Field(leaf, strategy, ticks) is { } field) fields.Add(field);
        }
        return [.. fields.OrderBy(f => GroupOrder(f.Group)).ThenBy(f => f.Start)];
    }

    private static int GroupOrder(string group) =>
        group.StartsWith("Demand", StringComparison.Ordinal) ? 0 : group.StartsWith("Vendor", StringComparison.Ordinal) ? 1 : group.StartsWith("Strategy", StringComparison.Ordinal) ? 2 : 3;

    private static FormField? Field(ScalarLeaf leaf, string? strategy, double ticks)
    {
        var p = leaf.Path.Split('.');
        var number = double.TryParse(leaf.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null;
        switch (p)
        {
            case ["categories", var c, "demand"]:
                return Number(leaf, "Demand and criticality per category", $"{Words(c)}: weekly demand", "task units the agency needs each week", 0, Upper(number, 2, 50), 1);
            case ["categories", var c, "criticality"]:
                return Number(leaf, "Demand and criticality per category", $"{Words(c)}: criticality", "how much unmet demand here hurts the mission (0–1)", 0, 1, 0.05);
            case ["vendors", var vendor, "quality"]:
                return Number(leaf, Vendor(vendor), "Quality", "share of served work that is useful (0–1)", 0, 1, 0.01);
            case ["vendors", var vendor, "capacity"]:
                return Number(leaf, Vendor(vendor), "Capacity", "task units it can serve each week", 0, Upper(number, 3, 100), 10);
            case ["vendors", var vendor, "price"]:
                return Number(leaf, Vendor(vendor), "Price", "cost of one task unit", 0, Upper(number, 3, 100), 10);
            case ["vendors", var vendor, "replacement", "accreditation_weeks"]:
                return Number(leaf, Vendor(vendor), "Accreditation time (weeks)", "weeks from award until it may serve", 0, ticks, 1);
            case ["vendors", var vendor, "policy", var c]:
                return Choice(leaf, Vendor(vendor), $"Policy: {Words(c)}", PolicyHelp);
            case ["vendors", var vendor, "policy", var c, "stance"]:
                return Choice(leaf, Vendor(vendor), $"Policy: {Words(c)}", PolicyHelp);
            case ["strategies", var s, "params", var name] when s == strategy:
                return Parameter(leaf, $"Strategy: {Words(s)}", name, number, ticks);
            case ["score", "weights", var metric] when number is not null:
                return Number(leaf, "Score weights", MetricDisplay.Label(metric), "how much this metric counts in the score (relative)", 0, Upper(number, 2, 5), 0.25);
            default:
                return null;
        }
    }

    private const string PolicyHelp = "whether it serves this use: permitted, conditional (with review) or prohibited";

    private static FormField? Parameter(ScalarLeaf leaf, string group, string name, double? number, double ticks)
    {
        var label = Words(name);
        if (number is null || !leaf.Plain) return Text(leaf, group, label, name.EndsWith("_when", StringComparison.Ordinal)
            ? "a trigger: a condition on what the agency has seen (e.g. public_reports >= 1)" : "a name or a condition");
        var weeks = name.Contains("week", StringComparison.Ordinal) || name is "rounds" or "week";
        return weeks
            ? Number(leaf, group, label, "in weeks", 0, ticks, 1)
            : Number(leaf, group, label, "a share or level, 0–1", 0, Math.Max(1, number.Value), 0.05);
    }

    private static string Vendor(string vendor) => "Vendor: " + Words(vendor);

    /// <summary>A key in words: <c>replacement_a</c> → "Replacement a".</summary>
    public static string Words(string key)
    {
        var words = key.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static double Upper(double? value, double times, double least) => Math.Max(least, Math.Ceiling((value ?? 0) * times));

    private static FormField? Number(ScalarLeaf leaf, string group, string label, string help, double min, double max, double step) =>
        leaf.Plain ? new(leaf.Path, group, label, help, "number", leaf.Value, min, max, step, null, leaf.Start, leaf.End, leaf.Line, leaf.Column) : null;

    private static FormField? Choice(ScalarLeaf leaf, string group, string label, string help) =>
        leaf.Plain ? new(leaf.Path, group, label, help, "choice", leaf.Value, null, null, null, Stances, leaf.Start, leaf.End, leaf.Line, leaf.Column) : null;

    private static FormField Text(ScalarLeaf leaf, string group, string label, string help) =>
        new(leaf.Path, group, label, help, "text", leaf.Value, null, null, null, null, leaf.Start, leaf.End, leaf.Line, leaf.Column);
}
