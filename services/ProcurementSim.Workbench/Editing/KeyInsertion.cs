namespace ProcurementSim.Workbench.Editing;

/// <summary>
/// Where and how to write a key the scenario's text leaves out, in the text's own style: appended to a flow mapping
/// (<c>{a: 1}</c> → <c>{a: 1, b: 2}</c>), or as a new line at a block mapping's indentation after its last entry
/// (after any comment on that line); the mappings it belongs in are created when missing. Nothing else moves.
/// </summary>
internal static class KeyInsertion
{
    /// <summary>The place of a strategy parameter: in the entry's <c>params:</c>, created when the entry has none.</summary>
    public static Insertion? Parameter(YamlOutline outline, string strategy, string name)
    {
        ArgumentNullException.ThrowIfNull(outline);
        if (!outline.Complete) return null;
        var entry = "strategies." + strategy;
        if (outline.Mapping(entry + ".params") is { } parameters) return Into(outline, parameters, name, "", "");
        if (outline.Leaf(entry + ".params") is not null) return null; // params: written as something else: the loader says what
        return outline.Mapping(entry) is { } e ? Into(outline, e, "params", "{" + name + ": ", "}") : null;
    }

    /// <summary>The place of a vendor's stance on a category: in its <c>policy:</c>, created when the vendor has none.</summary>
    public static Insertion? Policy(YamlOutline outline, string vendor, string category)
    {
        ArgumentNullException.ThrowIfNull(outline);
        if (!outline.Complete) return null;
        var entry = "vendors." + vendor;
        if (outline.Mapping(entry + ".policy") is { } policy) return Into(outline, policy, category, "", "");
        if (outline.Leaf(entry + ".policy") is not null) return null;
        return outline.Mapping(entry) is { } e ? Into(outline, e, "policy", "{" + category + ": ", "}") : null;
    }

    /// <summary>
    /// The place of a score weight. A scenario without <c>weights:</c> weighs every metric 1 and one with it weighs the
    /// metrics it leaves out 0, so creating <c>weights:</c> also writes every other metric at 1: the score stays the same
    /// until the planner's value is in.
    /// </summary>
    public static Insertion? Weight(YamlOutline outline, string metric, IReadOnlyList<string> metrics)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(metrics);
        if (!outline.Complete) return null;
        if (outline.Mapping("score.weights") is { } weights) return Into(outline, weights, metric, "", "");
        if (outline.Leaf("score.weights") is not null) return null;
        var i = Math.Max(0, IndexOf(metrics, metric));
        string Entries(IEnumerable<string> names, string separator) => string.Join(separator, names.Select(n => n + ": 1"));
        if (outline.Mapping("score") is { } score)
        {
            if (score.Flow)
            {
                return Into(outline, score, "weights", "{" + Prefix(Entries(metrics.Take(i), ", "), ", ") + metric + ": ",
                    Suffix(", ", Entries(metrics.Skip(i + 1), ", ")) + "}");
            }
            return BlockWeights(outline, score, "weights", Indent(score.KeyColumn + 2), metrics, i, metric);
        }
        if (outline.Leaf("score") is not null) return null;
        return outline.Mapping("") is { Flow: false } root ? BlockWeights(outline, root, "score:\n" + Indent(root.KeyColumn + 2) + "weights", Indent(root.KeyColumn + 4), metrics, i, metric) : null;
    }

    // "weights:" as a block under a block mapping, one metric a line.
    private static Insertion? BlockWeights(YamlOutline outline, MappingPlace parent, string key, string indent, IReadOnlyList<string> metrics, int i, string metric)
    {
        var before = string.Concat(metrics.Take(i).Select(n => "\n" + indent + n + ": 1"));
        var after = string.Concat(metrics.Skip(i + 1).Select(n => "\n" + indent + n + ": 1"));
        return Into(outline, parent, key, ":" + before + "\n" + indent + metric + ": ", after, valueOnOwnLine: true);
    }

    // key: open value close into a mapping (with valueOnOwnLine, open brings its own colon and line breaks).
    private static Insertion? Into(YamlOutline outline, MappingPlace m, string key, string open, string close, bool valueOnOwnLine = false)
    {
        var text = outline.Text;
        var head = valueOnOwnLine ? key + open : key + ": " + open;
        if (m.Flow)
        {
            return m.Count == 0 || m.ContentEnd < 0 ? new(m.Close, head, close) : new(m.ContentEnd, ", " + head, close);
        }
        if (m.ContentEnd < 0 || m.KeyColumn < 0) return null;
        // After the last entry's line (a comment on it stays on it). A block scalar's text ends with its line break.
        var lineEnd = m.ContentEnd > 0 && text[m.ContentEnd - 1] == '\n' ? m.ContentEnd - 1 : text.IndexOf('\n', m.ContentEnd);
        if (lineEnd < 0) lineEnd = text.Length;
        return new(lineEnd, "\n" + Indent(m.KeyColumn) + head, close);
    }

    private static string Indent(int n) => new(' ', n);

    private static string Prefix(string s, string separator) => s.Length == 0 ? "" : s + separator;

    private static string Suffix(string separator, string s) => s.Length == 0 ? "" : separator + s;

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == item) return i;
        return -1;
    }
}
