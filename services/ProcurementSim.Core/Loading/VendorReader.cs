using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads <c>vendors:</c> and checks that exactly one is the incumbent.</summary>
internal static class VendorReader
{
    public static IReadOnlyList<VendorSpec> Read(ReadContext ctx, YamlNode? node, string path)
    {
        var items = ctx.List(node, path, Limits.MaxVendors, "vendor", "vendors", nonEmpty: true);
        if (items is null) return [];
        var names = new UniqueNames(ctx.Diagnostics, "vendor");
        var roles = new OrderedDictionary<string, VendorRole?>(StringComparer.Ordinal);
        var result = new List<VendorSpec>();
        var incumbents = new List<(string Name, YamlNode RoleNode, string Path)>();
        var rolesComplete = true;
        for (var i = 0; i < items.Count; i++)
        {
            var p = Paths.Index(path, i);
            if (ctx.Map(items[i], p, ScenarioKeys.Vendor, "a vendor mapping (name, role, ...)") is not { } m)
            {
                names.Add(null, null, p);
                rolesComplete = false;
                continue;
            }
            var nameNode = m.Required("name");
            var name = ctx.Values.Name(nameNode, m.At("name"), NamePattern.Identifier);
            var roleNode = m.Required("role");
            var role = ctx.Values.Word(roleNode, m.At("role"), ScenarioWords.Roles);
            rolesComplete &= role is not null;
            if (names.Add(name, nameNode, m.At("name"))) roles[name!] = role;
            if (role == VendorRole.Incumbent) incumbents.Add((name ?? "?", roleNode!, m.At("role")));
            result.Add(ReadVendor(ctx, m, name ?? "", role));
        }
        if (rolesComplete && items.Count > 0 && incumbents.Count == 0)
            ctx.Diagnostics.Add(node!, $"{path}: exactly one vendor must have role incumbent; none has");
        foreach (var extra in incumbents.Skip(1))
        {
            ctx.Diagnostics.Add(extra.RoleNode,
                $"{extra.Path}: '{extra.Name}' is a second incumbent; exactly one vendor may have role incumbent, and '{incumbents[0].Name}' has it");
        }
        ctx.VendorRoles = names.Complete ? roles : null;
        return result;
    }

    private static VendorSpec ReadVendor(ReadContext ctx, MappingReader m, string name, VendorRole? role)
    {
        var v = ctx.Values;
        return new VendorSpec(
            name,
            role ?? VendorRole.Replacement,
            v.Number(m.Required("quality"), m.At("quality"), ScenarioRanges.Quality),
            v.Number(m.Required("capacity"), m.At("capacity"), ScenarioRanges.Capacity),
            v.Number(m.Required("price"), m.At("price"), ScenarioRanges.Price),
            v.Number(m.Optional("trust"), m.At("trust"), ScenarioRanges.Trust, 0.7),
            v.Number(m.Optional("reputation_sensitivity"), m.At("reputation_sensitivity"), ScenarioRanges.ReputationSensitivity, 0.5),
            v.Number(m.Optional("concession_probability"), m.At("concession_probability"), ScenarioRanges.ConcessionProbability, 0),
            ReadPolicy(ctx, m.Optional("policy"), m.At("policy")),
            ReadReplacementSection(ctx, m, name, role),
            v.Number(m.Optional("partial_acceptance"), m.At("partial_acceptance"), ScenarioRanges.PartialAcceptance, 0));
    }

    private static Dictionary<string, PolicyClause> ReadPolicy(ReadContext ctx, YamlNode? node, string path)
    {
        var policy = new Dictionary<string, PolicyClause>(StringComparer.Ordinal);
        if (ctx.Values.Mapping(node, path, "a mapping of category names to stances") is not { } map) return policy;
        foreach (var (key, value) in map.Entries.Select(e => (e.Key, e.Value)))
        {
            var p = Paths.Key(path, key.Value);
            ctx.CheckCategory(key.Value, key, p);
            PolicyClause? clause;
            if (value is YamlMapping clauseMap)
            {
                var r = new MappingReader(ctx.Diagnostics, clauseMap, p, ScenarioKeys.PolicyClause);
                var stance = ctx.Values.Word(r.Required("stance"), r.At("stance"), ScenarioWords.Stances);
                var nonNegotiable = ctx.Values.Boolean(r.Optional("non_negotiable"), r.At("non_negotiable"), false);
                clause = stance is null ? null : new PolicyClause(stance.Value, nonNegotiable);
            }
            else
            {
                // The short form is a stance word; such a clause is negotiable.
                var stance = ctx.Values.Word(value, p, ScenarioWords.Stances);
                clause = stance is null ? null : new PolicyClause(stance.Value, false);
            }
            if (clause is not null) policy[key.Value] = clause;
        }
        return policy;
    }

    private static ReplacementSpec? ReadReplacementSection(ReadContext ctx, MappingReader m, string name, VendorRole? role)
    {
        if (role == VendorRole.Incumbent)
        {
            if (m.KeyOf("replacement") is { } key)
                ctx.Diagnostics.Add(key, $"{m.At("replacement")}: only a vendor with role replacement has this section; '{name}' is the incumbent");
            return null;
        }
        var node = role == VendorRole.Replacement ? m.Required("replacement", "the vendor's role is replacement") : m.Optional("replacement");
        var r = ctx.Map(node, m.At("replacement"), ScenarioKeys.Replacement);
        if (r is null) return null;
        var v = ctx.Values;
        return new ReplacementSpec(
            v.Integer(r.Required("accreditation_weeks"), r.At("accreditation_weeks"), ScenarioRanges.Weeks),
            v.Number(r.Optional("accreditation_failure_probability"), r.At("accreditation_failure_probability"), ScenarioRanges.AccreditationFailureProbability, 0),
            v.Integer(r.Required("ramp_up_weeks"), r.At("ramp_up_weeks"), ScenarioRanges.Weeks),
            v.Number(r.Required("switching_cost"), r.At("switching_cost"), ScenarioRanges.SwitchingCost),
            v.Number(r.Optional("bid_probability"), r.At("bid_probability"), ScenarioRanges.BidProbability, 1),
            v.Number(r.Optional("bid_markup"), r.At("bid_markup"), ScenarioRanges.BidMarkup, 0),
            v.Boolean(r.Optional("accepts_all_lawful_uses"), r.At("accepts_all_lawful_uses"), false));
    }
}
