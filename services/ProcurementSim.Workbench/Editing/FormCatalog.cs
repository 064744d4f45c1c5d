using System.Globalization;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Reporting;
using ProcurementSim.Reporting.Text;

namespace ProcurementSim.Workbench.Editing;

/// <summary>
/// The parameters planners change most: demand and criticality per category, each vendor's quality, capacity, price,
/// accreditation time and policy per category, as the scenario's text writes them (and the policy on every category
/// it leaves out, permitted); and every parameter and trigger of the chosen strategy's kind (from the Core's <see cref="StrategyCatalog"/>) and every score weight
/// (<see cref="MetricNames"/>), written or not: a value the text leaves out shows the Core's default and says so, and
/// carries the <see cref="Insertion"/> that writes it. Everything else is edited in the YAML beside the form.
/// </summary>
internal static class FormCatalog
{
    public static readonly IReadOnlyList<string> Stances = ["permitted", "conditional", "prohibited"];

    public const string WeightsGroup = "Score weights";

    /// <summary>The form's fields for <paramref name="strategy"/> (null: the file's first strategy): the written values in text order per section, then the strategy's parameters and the weights in the Core's order.</summary>
    public static IReadOnlyList<FormField> Fields(YamlOutline outline, string? strategy)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var leaves = outline.Leaves;
        var ticks = outline.Leaf("ticks") is { } t && double.TryParse(t.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 104;
        strategy ??= leaves.FirstOrDefault(l => l.Path.StartsWith("strategies.", StringComparison.Ordinal))?.Path.Split('.')[1];
        var fields = new List<FormField>();
        foreach (var leaf in leaves)
        {
            if (Field(leaf, ticks) is { } field) fields.Add(field);
        }
        List<FormField> all = [.. WithPolicies(outline, [.. fields.OrderBy(f => GroupOrder(f.Group)).ThenBy(f => f.Start)]), .. StrategyFields(outline, strategy, ticks), .. WeightFields(outline)];
        var sampled = SampledParameters(outline);
        return [.. all.Select(f => sampled.TryGetValue(f.Path, out var by) ? f with { Sampled = by } : f)];
    }

    // The parameters the file's uncertainties sample (docs/MODEL.md §13.1: each state of the world sets them, so the
    // ranking and every experiment ignore the value written), by path, with the uncertainty in words: its name and its
    // distribution's keys as the file writes them ("b_accreditation_weeks: triangular, min 16, mode 26, max 52").
    private static Dictionary<string, string> SampledParameters(YamlOutline outline)
    {
        var sampled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var param in outline.Leaves.Where(l => l.Path.StartsWith("uncertainties.", StringComparison.Ordinal) && l.Path.EndsWith(".param", StringComparison.Ordinal)))
        {
            var item = param.Path[..^".param".Length];
            var keys = outline.Leaves.Where(l => l.Path.StartsWith(item + ".", StringComparison.Ordinal) && l.Path.Count(c => c == '.') == item.Count(c => c == '.') + 1)
                .Select(l => (Key: l.Path[(item.Length + 1)..], l.Value)).Where(k => k.Key is not ("name" or "param")).ToList();
            var distribution = keys.FirstOrDefault(k => k.Key == "distribution").Value ?? "a distribution";
            var rest = string.Join(", ", keys.Where(k => k.Key != "distribution").Select(k => $"{k.Key} {k.Value}"));
            sampled.TryAdd(param.Value, $"{item["uncertainties.".Length..]}: {distribution}{(rest.Length > 0 ? ", " + rest : "")}");
        }
        return sampled;
    }

    // Each vendor's section gains, after its own fields, the categories its policy leaves out: permitted (the Core's
    // default), and written into its policy: (created when missing) when changed.
    private static List<FormField> WithPolicies(YamlOutline outline, List<FormField> fields)
    {
        var categories = outline.Leaves.Where(l => l.Path.StartsWith("categories.", StringComparison.Ordinal) && l.Path.EndsWith(".name", StringComparison.Ordinal))
            .Select(l => l.Value).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var vendors = outline.Leaves.Where(l => l.Path.StartsWith("vendors.", StringComparison.Ordinal) && l.Path.EndsWith(".name", StringComparison.Ordinal) && l.Path.Count(ch => ch == '.') == 2)
            .Select(l => l.Value).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal);
        foreach (var vendor in vendors)
        {
            var group = Vendor(vendor);
            var policy = $"vendors.{vendor}.policy";
            var left = categories.Where(c => outline.Leaf($"{policy}.{c}") is null && outline.Leaf($"{policy}.{c}.stance") is null && outline.Mapping($"{policy}.{c}") is null)
                .Select(c => new FormField($"{policy}.{c}", group, $"Policy: {Words(c)}", PolicyHelp, "choice", DefaultStance, null, null, null, Stances, -1, -1, 0, 0,
                    Written: false, Default: DefaultStance, Insert: KeyInsertion.Policy(outline, vendor, c)))
                .ToList();
            var last = fields.FindLastIndex(f => f.Group == group);
            fields.InsertRange(last < 0 ? fields.Count : last + 1, left);
        }
        return fields;
    }

    private const string DefaultStance = "permitted";

    private static int GroupOrder(string group) => group.StartsWith("Demand", StringComparison.Ordinal) ? 0 : 1;

    private static FormField? Field(ScalarLeaf leaf, double ticks)
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
                return Choice(leaf, Vendor(vendor), $"Policy: {Words(c)}", PolicyHelp, Stances);
            case ["vendors", var vendor, "policy", var c, "stance"]:
                return Choice(leaf, Vendor(vendor), $"Policy: {Words(c)}", PolicyHelp, Stances);
            default:
                return null;
        }
    }

    private const string PolicyHelp = "whether it serves this use: permitted, conditional (with review) or prohibited";

    // Every parameter of the strategy's kind, in the catalog's order, with the catalog's help and range.
    private static IEnumerable<FormField> StrategyFields(YamlOutline outline, string? strategy, double ticks)
    {
        if (strategy is null || outline.Leaf($"strategies.{strategy}.kind") is not { } kind || StrategyCatalog.FindByKey(kind.Value) is not { } definition)
            yield break;
        var group = $"Strategy: {Words(strategy)}";
        var replacements = outline.Leaves.Where(l => l.Value == "replacement" && l.Path.StartsWith("vendors.", StringComparison.Ordinal) && l.Path.EndsWith(".role", StringComparison.Ordinal))
            .Select(l => l.Path.Split('.')[1]).ToList();
        foreach (var p in definition.Parameters)
        {
            var path = $"strategies.{strategy}.params.{p.Name}";
            var dflt = DefaultText(p.Default);
            var help = Capital(p.Description) + "; " + p.Expectation + (p.Type == ParameterType.Trigger ? TriggerHelp : "") + ".";
            var leaf = outline.Leaf(path);
            var value = leaf?.Value ?? dflt ?? "";
            var field = p.Type switch
            {
                ParameterType.Integer or ParameterType.Number when leaf is null or { Plain: true } =>
                    NumberField(path, group, p, help, value, ticks),
                ParameterType.Choice when leaf is null or { Plain: true } => Make(path, group, Words(p.Name), help, "choice", value, p.Choices),
                ParameterType.ReplacementVendor when leaf is null or { Plain: true } => Make(path, group, Words(p.Name), help, "choice", value, replacements),
                ParameterType.Boolean when leaf is null or { Plain: true } => Make(path, group, Words(p.Name), help, "choice", value, ["true", "false"]),
                _ => Make(path, group, Words(p.Name), help, "text", value, null),
            };
            yield return Place(field, leaf, dflt, () => KeyInsertion.Parameter(outline, strategy, p.Name));
        }
    }

    private static FormField NumberField(string path, string group, ParameterDefinition p, string help, string value, double ticks)
    {
        var whole = p.Type == ParameterType.Integer;
        var number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : p.Min;
        // The catalog's ranges for weeks run to 100,000: the slider covers the run (or the value, if beyond), the box takes any value the catalog allows.
        var max = whole ? Math.Min(p.Max, Math.Max(Math.Max(ticks, number), p.Min + 1)) : p.Max;
        return new(path, group, Words(p.Name), help, "number", value, p.Min, max, whole ? 1 : 0.01, null, -1, -1, 0, 0);
    }

    // Every metric's weight, in the canonical order. Not written: 1 when the scenario has no weights:, else 0 (docs/MODEL.md §9).
    private static IEnumerable<FormField> WeightFields(YamlOutline outline)
    {
        var written = outline.Mapping("score.weights") is not null || outline.Leaf("score.weights") is not null;
        var dflt = written ? "0" : "1";
        foreach (var metric in MetricNames.All)
        {
            var path = "score.weights." + metric;
            var leaf = outline.Leaf(path);
            var value = leaf?.Value ?? dflt;
            var number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
            var help = $"{Capital(RunView.Meaning(metric))}. Its weight counts relative to the others (0 leaves it out"
                + (written ? "; a metric the weights do not name weighs 0)." : "; with no weights written, each weighs 1).");
            var field = leaf is null or { Plain: true }
                ? new FormField(path, WeightsGroup, MetricDisplay.Label(metric), help, "number", value, 0, Upper(number, 2, 5), 0.25, null, -1, -1, 0, 0)
                : Make(path, WeightsGroup, MetricDisplay.Label(metric), help, "text", value, null);
            yield return Place(field, leaf, dflt, () => KeyInsertion.Weight(outline, metric, MetricNames.All));
        }
    }

    // A written value takes its place in the text; one left out takes the insertion that writes it.
    private static FormField Place(FormField field, ScalarLeaf? leaf, string? dflt, Func<Insertion?> insertion) => leaf is null
        ? field with { Written = false, Default = dflt, Insert = insertion() }
        : field with { Start = leaf.Start, End = leaf.End, Line = leaf.Line, Column = leaf.Column, Default = dflt };

    private static FormField Make(string path, string group, string label, string help, string kind, string value, IReadOnlyList<string>? choices) =>
        new(path, group, label, help, kind, value, null, null, null, choices, -1, -1, 0, 0);

    private static readonly string TriggerHelp = "; signposts: " + string.Join(", ", SignpostCatalog.Names);

    private static string? DefaultText(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Vendor(string vendor) => "Vendor: " + Words(vendor);

    /// <summary>A key in words: <c>replacement_a</c> → "Replacement a".</summary>
    public static string Words(string key)
    {
        var words = key.Replace('_', ' ');
        return Capital(words);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static double Upper(double? value, double times, double least) => Math.Max(least, Math.Ceiling((value ?? 0) * times));

    private static FormField? Number(ScalarLeaf leaf, string group, string label, string help, double min, double max, double step) =>
        leaf.Plain ? new(leaf.Path, group, label, help, "number", leaf.Value, min, max, step, null, leaf.Start, leaf.End, leaf.Line, leaf.Column) : null;

    private static FormField? Choice(ScalarLeaf leaf, string group, string label, string help, IReadOnlyList<string> choices) =>
        leaf.Plain ? new(leaf.Path, group, label, help, "choice", leaf.Value, null, null, null, choices, leaf.Start, leaf.End, leaf.Line, leaf.Column) : null;
}
