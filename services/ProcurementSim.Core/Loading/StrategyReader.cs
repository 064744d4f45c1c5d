using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads <c>strategies:</c>; kinds and parameters come from <see cref="StrategyCatalog"/>.</summary>
internal static class StrategyReader
{
    public static IReadOnlyList<StrategySpec> Read(ReadContext ctx, YamlNode? node, string path)
    {
        var items = ctx.List(node, path, Limits.MaxStrategies, "strategy", "strategies", nonEmpty: true);
        if (items is null) return [];
        var names = new UniqueNames(ctx.Diagnostics, "strategy");
        var result = new List<StrategySpec>();
        for (var i = 0; i < items.Count; i++)
        {
            var p = Paths.Index(path, i);
            if (ctx.Map(items[i], p, ScenarioKeys.Strategy, "a strategy mapping (name, kind, params)") is not { } m) continue;
            var nameNode = m.Required("name");
            var name = ctx.Values.Name(nameNode, m.At("name"), NamePattern.Identifier);
            names.Add(name, nameNode, m.At("name"));
            var kind = ctx.Values.Word(m.Required("kind"), m.At("kind"), ScenarioWords.StrategyKinds);
            var parameters = kind is null
                ? StrategyParameters.Empty
                : ParameterReader.Read(ctx, StrategyCatalog.Get(kind.Value), m.Optional("params"), m.At("params"), m.Node);
            result.Add(new StrategySpec(name ?? "", kind ?? StrategyKind.StatusQuo, parameters));
        }
        return result;
    }
}
