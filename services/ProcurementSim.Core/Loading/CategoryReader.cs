using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads <c>categories:</c>.</summary>
internal static class CategoryReader
{
    public static IReadOnlyList<CategorySpec> Read(ReadContext ctx, YamlNode? node, string path)
    {
        var items = ctx.List(node, path, Limits.MaxCategories, "category", "categories", nonEmpty: true);
        if (items is null) return [];
        var names = new UniqueNames(ctx.Diagnostics, "category");
        var result = new List<CategorySpec>();
        var v = ctx.Values;
        for (var i = 0; i < items.Count; i++)
        {
            var p = Paths.Index(path, i);
            if (ctx.Map(items[i], p, ScenarioKeys.Category, "a category mapping (name, demand, ...)") is not { } m)
            {
                names.Add(null, null, p);
                continue;
            }
            var nameNode = m.Required("name");
            var name = v.Name(nameNode, m.At("name"), NamePattern.Category);
            names.Add(name, nameNode, m.At("name"));
            result.Add(new CategorySpec(
                name ?? "",
                v.Number(m.Required("demand"), m.At("demand"), ScenarioRanges.Demand),
                v.Number(m.Optional("criticality"), m.At("criticality"), ScenarioRanges.Criticality, 1),
                v.Number(m.Optional("ethical_risk"), m.At("ethical_risk"), ScenarioRanges.EthicalRisk, 0),
                v.Word(m.Optional("legal_status"), m.At("legal_status"), ScenarioWords.LegalStatuses) ?? LegalStatus.Lawful,
                v.Boolean(m.Optional("operational"), m.At("operational"), false))
            {
                RedLine = m.Optional("red_line") is { } redLine ? v.Boolean(redLine, m.At("red_line"), false) : null,
                ShortfallValue = m.Optional("shortfall_value") is { } value
                    ? v.Number(value, m.At("shortfall_value"), ScenarioRanges.ShortfallValue)
                    : null,
            });
        }
        ctx.CategoryNames = names.Complete ? names.Names : null;
        return result;
    }
}
