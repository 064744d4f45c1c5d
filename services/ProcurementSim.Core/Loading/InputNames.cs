using ProcurementSim.Core.Experiments.Conditions;

namespace ProcurementSim.Core.Loading;

/// <summary>
/// The names of uncertainties and levers: one namespace, since each becomes a column of runs.csv. A name is given with
/// <c>name:</c> or defaults to the parameter (an uncertainty's path, a lever's <c>strategy.param</c>).
/// </summary>
internal sealed class InputNames(ReadContext ctx)
{
    /// <summary>Column names the outcome tables already use.</summary>
    public static readonly IReadOnlyList<string> Reserved = [.. Condition.Names, "state", "strategy", "sample", "replication"];

    private readonly UniqueNames _names = new(ctx.Diagnostics, "uncertainty or lever");

    /// <summary>The item's name, or null after reporting it invalid, reserved or repeated (or when the default is unknown).</summary>
    /// <param name="m">The item.</param>
    /// <param name="defaultName">The name when <c>name:</c> is absent; null when it could not be read.</param>
    /// <param name="defaultAt">Where the default comes from (the <c>param</c> value).</param>
    public string? Add(MappingReader m, string? defaultName, YamlNode? defaultAt)
    {
        if (m.Optional("name") is not { } node)
            return _names.Add(defaultName, defaultAt, m.At("param")) ? defaultName : null;
        var name = ctx.Values.Name(node, m.At("name"), NamePattern.Input);
        if (name is not null && Reserved.Contains(name))
        {
            ctx.Diagnostics.Add(node, $"{m.At("name")}: '{name}' is a column runs.csv already has (a metric, score, strategy, sample or replication); choose another name");
            return null;
        }
        return _names.Add(name, node, m.At("name")) ? name : null;
    }
}
