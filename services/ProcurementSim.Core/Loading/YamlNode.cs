namespace ProcurementSim.Core.Loading;

/// <summary>A node of the positioned YAML tree the loader reads (YamlDotNet's representation model throws on duplicate keys, so the loader builds its own).</summary>
internal abstract class YamlNode(long line, long column)
{
    /// <summary>1-based line of the node's first character.</summary>
    public long Line { get; } = line;

    /// <summary>1-based column of the node's first character.</summary>
    public long Column { get; } = column;

    /// <summary>Number of nodes this one stands for, aliases expanded.</summary>
    public abstract long Size { get; }

    /// <summary>How the node reads in a message ("got ...").</summary>
    public abstract string Describe();
}
