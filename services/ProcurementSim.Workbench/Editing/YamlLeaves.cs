using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProcurementSim.Workbench.Editing;

/// <summary>
/// Lists the scalar values of a scenario's text with their places, so the form can change one value in the text
/// without rewriting (and reformatting) anything else. Text YamlDotNet cannot parse gives what was read before the
/// error: the loader reports the error itself.
/// </summary>
internal static class YamlLeaves
{
    /// <summary>Every scalar value under a mapping key, in text order; values of aliases and of repeated paths are skipped.</summary>
    public static IReadOnlyList<ScalarLeaf> Read(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var leaves = new List<ScalarLeaf>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.Accept<DocumentStart>(out _))
            {
                parser.Consume<DocumentStart>();
                Node(parser, "", leaves);
            }
        }
        catch (YamlException)
        {
            // Leaves read so far stay: the form still offers them while the loader shows the problem.
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. leaves.Where(l => seen.Add(l.Path))];
    }

    // Reads one node at the parser; returns the node's name when it is a mapping with a name or kind (for list items).
    private static string? Node(IParser parser, string path, List<ScalarLeaf> leaves)
    {
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (path.Length > 0) leaves.Add(Leaf(path, scalar));
            return null;
        }
        if (parser.TryConsume<MappingStart>(out _))
        {
            var items = new List<ScalarLeaf>();
            string? name = null;
            string? kind = null;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>().Value;
                var start = items.Count;
                Node(parser, Join(path, key), items);
                if (items.Count == start + 1 && items[start].Path == Join(path, key))
                {
                    if (key == "name") name = items[start].Value;
                    if (key == "kind") kind = items[start].Value;
                }
            }
            leaves.AddRange(items);
            return name ?? kind;
        }
        if (parser.TryConsume<SequenceStart>(out _))
        {
            for (var i = 0; !parser.TryConsume<SequenceEnd>(out _); i++)
            {
                // An item is named by its name (or kind) once it has been read, so its leaves are renamed afterwards.
                var placeholder = $"{path}.#{i}";
                var items = new List<ScalarLeaf>();
                var itemName = Node(parser, placeholder, items);
                var named = Join(path, itemName ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                leaves.AddRange(items.Select(l => l with { Path = named + l.Path[placeholder.Length..] }));
            }
            return null;
        }
        parser.MoveNext(); // an alias: its value is written elsewhere
        return null;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static ScalarLeaf Leaf(string path, Scalar s) => new(
        path, s.Value, checked((int)s.Start.Index), checked((int)s.End.Index), checked((int)s.Start.Line), checked((int)s.Start.Column), s.Style == ScalarStyle.Plain);
}
