using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads <c>injects:</c>; what each kind needs comes from <see cref="InjectCatalog"/>.</summary>
internal static class InjectReader
{
    public static IReadOnlyList<InjectSpec> Read(ReadContext ctx, YamlNode? node, string path)
    {
        var items = ctx.List(node, path, Limits.MaxInjects, "inject", "injects", nonEmpty: false);
        var result = new List<InjectSpec>();
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var p = Paths.Index(path, i);
            if (ctx.Map(items[i], p, ScenarioKeys.Inject, "an inject mapping (kind, at or probability, ...)") is { } m)
                result.Add(ReadInject(ctx, m, p));
        }
        return result;
    }

    private static InjectSpec ReadInject(ReadContext ctx, MappingReader m, string path)
    {
        var v = ctx.Values;
        var kind = v.Word(m.Required("kind"), m.At("kind"), ScenarioWords.InjectKinds);
        var def = kind is null ? null : InjectCatalog.Get(kind.Value);

        var (atNode, probabilityNode) = (m.Optional("at"), m.Optional("probability"));
        int? at = null;
        var probability = 0.0;
        if (atNode is not null && probabilityNode is not null)
        {
            var later = new[] { m.KeyOf("at")!, m.KeyOf("probability")! }.MaxBy(k => (k.Line, k.Column))!;
            ctx.Diagnostics.Add(later, $"{path}: give either 'at' (a week) or 'probability' (a weekly chance), not both");
        }
        else if (atNode is null && probabilityNode is null)
        {
            ctx.Diagnostics.Add(m.Node, $"{path}: missing 'at' (a week) or 'probability' (a weekly chance); give exactly one");
        }
        else if (atNode is not null)
        {
            at = v.Integer(atNode, m.At("at"), ScenarioRanges.InjectAt(ctx.Ticks ?? Limits.MaxTicks));
        }
        else
        {
            probability = v.Number(probabilityNode, m.At("probability"), ScenarioRanges.InjectProbability);
        }

        return new InjectSpec(
            kind ?? InjectKind.PublicReport,
            at,
            probability,
            ReadTarget(ctx, m, def),
            v.Number(m.Optional("magnitude"), m.At("magnitude"), ScenarioRanges.InjectMagnitude(def?.MagnitudeMax ?? double.PositiveInfinity), 0),
            ReadWeeks(ctx, m, def));
    }

    private static string? ReadTarget(ReadContext ctx, MappingReader m, InjectDefinition? def)
    {
        if (def is null) return ctx.VendorRef(m.Optional("target"), m.At("target"));
        if (def.Target is not { } role)
        {
            if (m.KeyOf("target") is { } key) ctx.Diagnostics.Add(key, $"{m.At("target")}: {def.Key} takes no target; remove it");
            return null;
        }
        var why = $"{def.Key} targets {ReadContext.Article(role)} vendor";
        return ctx.VendorRef(m.Required("target", why), m.At("target"), role, why);
    }

    private static int ReadWeeks(ReadContext ctx, MappingReader m, InjectDefinition? def)
    {
        if (def is null) return ctx.Values.Integer(m.Optional("weeks"), m.At("weeks"), ScenarioRanges.Weeks);
        if (!def.NeedsWeeks)
        {
            if (m.KeyOf("weeks") is { } key) ctx.Diagnostics.Add(key, $"{m.At("weeks")}: {def.Key} takes no weeks; remove it");
            return 0;
        }
        return ctx.Values.Integer(m.Required("weeks", $"{def.Key} lasts a number of weeks"), m.At("weeks"), ScenarioRanges.Weeks);
    }
}
