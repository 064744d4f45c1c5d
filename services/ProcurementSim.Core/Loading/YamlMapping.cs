namespace ProcurementSim.Core.Loading;

/// <summary>A mapping whose keys are distinct scalars, in file order (a repeated key was reported and dropped).</summary>
internal sealed class YamlMapping(long line, long column, IReadOnlyList<YamlEntry> entries) : YamlNode(line, column)
{
    private readonly long _size = 1 + entries.Sum(e => 1 + e.Value.Size);

    public IReadOnlyList<YamlEntry> Entries { get; } = entries;

    public override long Size => _size;

    public override string Describe() => Entries.Count == 0 ? "an empty mapping" : "a mapping";

    public YamlEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);
}
