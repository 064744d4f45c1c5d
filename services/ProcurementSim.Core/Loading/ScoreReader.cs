using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>Reads the optional <c>score:</c> section and derives the references it leaves out (docs/SCENARIO-FORMAT.md).</summary>
internal static class ScoreReader
{
    private const double DefaultBreachReference = 5;

    public static ScoreSpec Read(ReadContext ctx, YamlNode? node, string path, int ticks, IReadOnlyList<CategorySpec> categories, IReadOnlyList<VendorSpec> vendors)
    {
        var m = ctx.Map(node, path, ScenarioKeys.Score);
        var v = ctx.Values;
        var demand = categories.Sum(c => c.Demand);
        var exposure = categories.Sum(c => c.Demand * c.EthicalRisk);
        var price = vendors.FirstOrDefault(x => x.Role == VendorRole.Incumbent)?.Price ?? 0;
        return new ScoreSpec(
            ReadWeights(ctx, m?.Optional("weights"), Paths.Key(path, "weights")),
            v.Number(m?.Optional("cost_reference"), Paths.Key(path, "cost_reference"), NumberRange.Positive, Positive(2 * ticks * demand * price)),
            v.Number(m?.Optional("conflict_reference"), Paths.Key(path, "conflict_reference"), NumberRange.Positive, Positive(ticks * demand * 0.25)),
            v.Number(m?.Optional("breach_reference"), Paths.Key(path, "breach_reference"), NumberRange.Positive, DefaultBreachReference),
            v.Number(m?.Optional("exposure_reference"), Paths.Key(path, "exposure_reference"), NumberRange.Positive, Positive(ticks * exposure)));
    }

    private static Dictionary<string, double> ReadWeights(ReadContext ctx, YamlNode? node, string path)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (node is null)
        {
            foreach (var metric in MetricNames.All) weights[metric] = 1;
            return weights;
        }
        if (ctx.Values.Mapping(node, path, "a mapping of metric names to weights") is not { } map) return weights;
        var before = ctx.Diagnostics.Count;
        var reader = new MappingReader(ctx.Diagnostics, map, path, MetricNames.All, "unknown metric");
        foreach (var metric in MetricNames.All)
        {
            if (reader.Optional(metric) is { } w) weights[metric] = ctx.Values.Number(w, reader.At(metric), NumberRange.NonNegative);
        }
        if (ctx.Diagnostics.Count == before && !weights.Values.Any(w => w > 0))
            ctx.Diagnostics.Add(map, $"{path}: at least one weight must be greater than 0");
        return weights;
    }

    /// <summary>A derived reference must be positive and finite; a degenerate scenario (no demand, a free incumbent) gets 1.</summary>
    private static double Positive(double derived) =>
        double.IsFinite(derived) && derived > 0 ? derived : derived > 0 ? double.MaxValue : 1;
}
