namespace ProcurementSim.Core.Loading;

/// <summary>A scalar. <see cref="Quoted"/> scalars (quoted, block or tagged <c>!!str</c>) are always text.</summary>
internal sealed class YamlScalar(long line, long column, string value, bool quoted, int? textOffset = null) : YamlNode(line, column)
{
    private const int ShownLength = 40;

    public string Value { get; } = value;

    public bool Quoted { get; } = quoted;

    /// <summary>
    /// How many columns after <see cref="YamlNode.Column"/> the value's first character sits, when the value is the
    /// source text character for character on one line (a plain scalar: 0; a quoted one without escapes: 1); null
    /// otherwise. Messages about a position inside the value use it to point into the file.
    /// </summary>
    public int? TextOffset { get; } = textOffset;

    public override long Size => 1;

    /// <summary>The value as written, shortened for messages.</summary>
    public string Shown => Value.Length <= ShownLength ? Value : string.Concat(Value.AsSpan(0, ShownLength), "...");

    public override string Describe() =>
        Quoted ? $"the quoted text '{Shown}'"
        : ScalarResolver.Resolve(this) == ScalarKind.Null ? "nothing"
        : $"'{Shown}'";

    /// <summary>The same scalar seen at another place (an alias), so messages point at the alias.</summary>
    public YamlScalar At(long line, long column) => new(line, column, Value, Quoted);
}
