using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProcurementSim.Workbench.Editing;

/// <summary>
/// Lists the scalar values of a scenario's text with their places, so the form can change one value in the text
/// without rewriting (and reformatting) anything else, and the mappings with theirs, so it can add a key the text
/// leaves out. Text YamlDotNet cannot parse gives what was read before the error: the loader reports the error itself.
/// </summary>
internal static class YamlLeaves
{
    /// <summary>Every scalar value under a mapping key, in text order; values of aliases and of repeated paths are skipped.</summary>
    public static IReadOnlyList<ScalarLeaf> Read(string yaml) => Outline(yaml).Leaves;

    /// <summary>The leaves and the mappings of the text (the first of a repeated path).</summary>
    public static YamlOutline Outline(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var found = new Found();
        var complete = false;
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.Accept<DocumentStart>(out _))
            {
                parser.Consume<DocumentStart>();
                var end = -1;
                Node(parser, "", found, ref end);
                parser.Consume<DocumentEnd>();
            }
            complete = true;
        }
        catch (YamlException)
        {
            // Leaves read so far stay: the form still offers them while the loader shows the problem. Mappings not
            // closed are not listed, and no key is added to a text that does not parse (Complete is false).
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var maps = new Dictionary<string, MappingPlace>(StringComparer.Ordinal);
        foreach (var m in found.Maps) maps.TryAdd(m.Path, m);
        return new(yaml, [.. found.Leaves.Where(l => seen.Add(l.Path))], maps, complete);
    }

    private sealed class Found
    {
        public List<ScalarLeaf> Leaves { get; } = [];
        public List<MappingPlace> Maps { get; } = [];
    }

    // Reads one node at the parser; returns the node's name when it is a mapping with a name or kind (for list items).
    // end: moved past the node's last scalar or flow collection (where a key added after it goes).
    private static string? Node(IParser parser, string path, Found found, ref int end)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (path.Length > 0) found.Leaves.Add(Leaf(path, scalar));
            // An empty value (a key with nothing after it) has no text of its own to end at.
            if (scalar.Value.Length > 0 || scalar.Style != ScalarStyle.Plain) end = Math.Max(end, checked((int)scalar.End.Index));
            return null;
        }
        if (parser.TryConsume<MappingStart>(out var mapping))
        {
            var flow = mapping.Style == MappingStyle.Flow;
            var items = new Found();
            string? name = null;
            string? kind = null;
            var keyColumn = -1;
            var count = 0;
            var contentEnd = -1;
            try
            {
                while (!parser.Accept<MappingEnd>(out _))
                {
                    var key = parser.Consume<Scalar>();
                    if (keyColumn < 0) keyColumn = checked((int)key.Start.Column) - 1;
                    contentEnd = Math.Max(contentEnd, checked((int)key.End.Index));
                    var start = items.Leaves.Count;
                    Node(parser, Join(path, key.Value), items, ref contentEnd);
                    count++;
                    if (items.Leaves.Count == start + 1 && items.Leaves[start].Path == Join(path, key.Value))
                    {
                        if (key.Value == "name") name = items.Leaves[start].Value;
                        if (key.Value == "kind") kind = items.Leaves[start].Value;
                    }
                }
            }
            finally
            {
                // What was read stays when the text breaks further on (the form keeps offering it).
                found.Leaves.AddRange(items.Leaves);
                found.Maps.AddRange(items.Maps);
            }
            var close = parser.Consume<MappingEnd>();
            found.Maps.Add(new(path, flow, keyColumn, contentEnd, flow ? checked((int)close.Start.Index) : -1, count));
            end = Math.Max(end, flow ? checked((int)close.End.Index) : contentEnd);
            return name ?? kind;
        }
        if (parser.TryConsume<SequenceStart>(out var sequence))
        {
            for (var i = 0; !parser.Accept<SequenceEnd>(out _); i++)
            {
                // An item is named by its name (or kind) once it has been read, so its places are renamed afterwards.
                var placeholder = $"{path}.#{i}";
                var items = new Found();
                string? itemName = null;
                try
                {
                    itemName = Node(parser, placeholder, items, ref end);
                }
                finally
                {
                    itemName ??= items.Leaves.FirstOrDefault(l => l.Path == placeholder + ".name" || l.Path == placeholder + ".kind")?.Value;
                    var named = Join(path, itemName ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    found.Leaves.AddRange(items.Leaves.Select(l => l with { Path = Rename(l.Path, placeholder, named) }));
                    found.Maps.AddRange(items.Maps.Select(m => m with { Path = Rename(m.Path, placeholder, named) }));
                }
            }
            var close = parser.Consume<SequenceEnd>();
            if (sequence.Style == SequenceStyle.Flow) end = Math.Max(end, checked((int)close.End.Index));
            return null;
        }
        parser.MoveNext(); // an alias: its value is written elsewhere
        return null;
    }

    private static string Rename(string path, string placeholder, string named) => named + path[placeholder.Length..];

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static ScalarLeaf Leaf(string path, Scalar s) => new(
        path, s.Value, checked((int)s.Start.Index), checked((int)s.End.Index), checked((int)s.Start.Line), checked((int)s.Start.Column), s.Style == ScalarStyle.Plain);
}
