using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads the top-level mapping. Sections are read in dependency order (categories, vendors, then what refers to them), whatever their order in the file.</summary>
internal static class ScenarioReader
{
    public static (Scenario Scenario, ExperimentSpec Experiment, SeminarSpec Seminar)? Read(ReadContext ctx, YamlNode root)
    {
        var m = ctx.Map(root, "", ScenarioKeys.Root, "a mapping of scenario keys (name, ticks, categories, agency, vendors, strategies, ...)");
        if (m is null) return null;
        var v = ctx.Values;
        var name = v.Name(m.Required("name"), "name", NamePattern.Identifier);
        var description = v.Text(m.Optional("description"), "description") ?? "";
        var before = ctx.Diagnostics.Count;
        var ticks = v.Integer(m.Required("ticks"), "ticks", ScenarioRanges.Ticks);
        ctx.Ticks = ctx.Diagnostics.Count == before && ticks > 0 ? ticks : null;
        var seed = v.UnsignedInteger(m.Optional("seed"), "seed", 1);
        var threshold = v.Number(m.Optional("capability_threshold"), "capability_threshold", ScenarioRanges.CapabilityThreshold, 0.7);
        var overhead = v.Number(m.Optional("review_overhead"), "review_overhead", ScenarioRanges.ReviewOverhead, 0.3);

        // Look the sections up in documentation order (so missing ones are reported in that order), read them in dependency order.
        var (categoriesNode, agencyNode, vendorsNode) = (m.Required("categories"), m.Required("agency"), m.Required("vendors"));
        var strategiesNode = m.Required("strategies");
        var categories = CategoryReader.Read(ctx, categoriesNode, "categories");
        var vendors = VendorReader.Read(ctx, vendorsNode, "vendors");
        var agency = AgencyReader.Read(ctx, agencyNode, "agency");
        var integrator = IntegratorReader.Read(ctx, m.Optional("integrator"), "integrator");
        var injects = InjectReader.Read(ctx, m.Optional("injects"), "injects");
        var strategies = StrategyReader.Read(ctx, strategiesNode, "strategies");
        var score = ScoreReader.Read(ctx, m.Optional("score"), "score", ticks, categories, vendors);

        // The experiment sections refer to the scenario's parameters and strategies, so those references are checked
        // against the scenario the other sections make, once they are valid.
        // Names, not positions: once the file is valid (every diagnostic above points at its line), the scenario holds
        // its categories and vendors in ordinal name order, so runs and outputs are the same whatever order the file
        // lists them in (docs/MODEL.md §4.1). Injects and strategies keep file order: `injects.INDEX` paths and the
        // default strategy of `procsim run` refer to it, and neither order reaches a result.
        var scenario = ctx.Diagnostics.Count > 0 || name is null
            ? null
            : new Scenario(name, description, ticks, seed, threshold, overhead, ByName(categories, c => c.Name), agency,
                ByName(vendors, v => v.Name), integrator, injects, strategies, score);
        var inputs = new InputNames(ctx);
        var uncertainties = UncertaintyReader.Read(ctx, m.Optional("uncertainties"), "uncertainties", scenario, inputs);
        var levers = LeverReader.Read(ctx, m.Optional("levers"), "levers", scenario, inputs);
        var satisficing = RobustnessReader.Read(ctx, m.Optional("robustness"), "robustness");
        var seminar = SeminarReader.Read(ctx, m.Optional("seminar"), "seminar", vendors.Select(x => x.Name));

        return ctx.Diagnostics.Count > 0 || scenario is null
            ? null
            : (scenario, new ExperimentSpec(uncertainties, levers, satisficing), seminar);
    }

    private static List<T> ByName<T>(IReadOnlyList<T> items, Func<T, string> name) => [.. items.OrderBy(name, StringComparer.Ordinal)];
}
