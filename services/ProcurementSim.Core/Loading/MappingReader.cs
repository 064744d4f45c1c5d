using ProcurementSim.Core.Text;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads one mapping of fixed keys: reports unknown keys on construction and missing ones on request.</summary>
internal sealed class MappingReader
{
    private readonly DiagnosticBag _diagnostics;

    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="node">The mapping.</param>
    /// <param name="path">Its field path ("" for the top level).</param>
    /// <param name="keys">The keys it accepts.</param>
    /// <param name="unknown">How an unknown key is called ("unknown key", "unknown parameter of 'ultimatum'").</param>
    public MappingReader(DiagnosticBag diagnostics, YamlMapping node, string path, IReadOnlyList<string> keys, string unknown = "unknown key")
    {
        _diagnostics = diagnostics;
        Node = node;
        Path = path;
        foreach (var entry in node.Entries)
        {
            var key = entry.Key.Value;
            if (keys.Contains(key)) continue;
            var hint = key == "<<" ? "; merge keys ('<<') are not supported, write the keys out"
                : keys.Count == 0 ? "; none are accepted here"
                : DidYouMean.Suffix(key, keys, "expected one of");
            diagnostics.Add(entry.Key, $"{At(key)}: {unknown}{hint}");
        }
    }

    public YamlMapping Node { get; }

    public string Path { get; }

    /// <summary>The path of a key of this mapping.</summary>
    public string At(string key) => Paths.Key(Path, key);

    public YamlNode? Optional(string key) => Node.Find(key)?.Value;

    /// <summary>The key node itself (for messages about a key that must not be there).</summary>
    public YamlScalar? KeyOf(string key) => Node.Find(key)?.Key;

    /// <summary>The value, or null after reporting the key missing at the mapping's position.</summary>
    public YamlNode? Required(string key, string? why = null)
    {
        var value = Optional(key);
        if (value is null)
            _diagnostics.Add(Node, $"{Paths.Label(Path)}: missing required key '{key}'" + (why is null ? "" : $" ({why})"));
        return value;
    }
}
