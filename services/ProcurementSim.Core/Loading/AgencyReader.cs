using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads <c>agency:</c> and its contract with the incumbent.</summary>
internal static class AgencyReader
{
    public static AgencySpec Read(ReadContext ctx, YamlNode? node, string path)
    {
        var m = ctx.Map(node, path, ScenarioKeys.Agency);
        if (m is null) return new AgencySpec(0, [], EmptyContract);
        var v = ctx.Values;
        return new AgencySpec(
            v.Number(m.Required("weekly_budget"), m.At("weekly_budget"), ScenarioRanges.WeeklyBudget),
            ReadClauses(ctx, m.Optional("demanded_clauses"), m.At("demanded_clauses")),
            ReadContract(ctx, m.Required("contract"), m.At("contract")) ?? EmptyContract);
    }

    private static ContractSpec EmptyContract => new("", new Dictionary<string, double>(), 0, 0);

    private static List<string> ReadClauses(ReadContext ctx, YamlNode? node, string path)
    {
        var clauses = new List<string>();
        var items = ctx.List(node, path, ScenarioWords.Clauses.Count, "clause", "clauses", nonEmpty: false);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var p = Paths.Index(path, i);
            if (ctx.Values.Choice(items[i], p, [.. ScenarioWords.Clauses.Keys]) is not { } clause) continue;
            if (clauses.Contains(clause)) ctx.Diagnostics.Add(items[i], $"{p}: '{clause}' is listed twice");
            else clauses.Add(clause);
        }
        return clauses;
    }

    private static ContractSpec? ReadContract(ReadContext ctx, YamlNode? node, string path)
    {
        var m = ctx.Map(node, path, ScenarioKeys.Contract);
        if (m is null) return null;
        var v = ctx.Values;
        var incumbent = ctx.VendorRoles?.FirstOrDefault(r => r.Value == VendorRole.Incumbent).Key;
        var vendor = ctx.VendorRef(m.Required("vendor"), m.At("vendor"), VendorRole.Incumbent,
            "the contract must be with the incumbent" + (incumbent is null ? "" : $" '{incumbent}'"));
        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        if (v.Mapping(m.Required("shares"), m.At("shares"), "a mapping of category names to shares from 0 to 1") is { } map)
        {
            foreach (var entry in map.Entries)
            {
                var p = Paths.Key(m.At("shares"), entry.Key.Value);
                ctx.CheckCategory(entry.Key.Value, entry.Key, p);
                shares[entry.Key.Value] = v.Number(entry.Value, p, ScenarioRanges.Share);
            }
        }
        return new ContractSpec(
            vendor ?? "",
            shares,
            v.Integer(m.Required("notice_weeks"), m.At("notice_weeks"), ScenarioRanges.NoticeWeeks),
            v.Number(m.Required("termination_fee"), m.At("termination_fee"), ScenarioRanges.TerminationFee));
    }
}
