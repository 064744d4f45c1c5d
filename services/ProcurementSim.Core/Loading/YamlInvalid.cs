namespace ProcurementSim.Core.Loading;

/// <summary>Stands in for a node that was refused and already reported (too deep, an alias over budget, an unknown alias); readers skip it silently.</summary>
internal sealed class YamlInvalid(long line, long column) : YamlNode(line, column)
{
    public override long Size => 1;

    public override string Describe() => "an invalid node";
}
