namespace ProcurementSim.Core.Loading;

/// <summary>A list.</summary>
internal sealed class YamlSequence(long line, long column, IReadOnlyList<YamlNode> items) : YamlNode(line, column)
{
    private readonly long _size = 1 + items.Sum(i => i.Size);

    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override long Size => _size;

    public override string Describe() => Items.Count == 0 ? "an empty list" : "a list";
}
