using System.Globalization;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Text;

namespace ProcurementSim.Core.Loading;

/// <summary>
/// Reads <c>uncertainties:</c>: each names a scenario parameter by path and gives it a distribution. The path, the
/// distribution's fit to the parameter's range and duplicates are checked against the scenario the other sections
/// make, so only once they are valid; the distribution's own keys are always checked.
/// </summary>
internal static class UncertaintyReader
{
    private const int MaxIndexPathsShown = 4;

    private static readonly IReadOnlyList<string> Kinds = [.. ScenarioKeys.Distributions.Select(d => d.Kind)];

    /// <param name="ctx">The read context.</param>
    /// <param name="node">The section, or null when absent.</param>
    /// <param name="path">"uncertainties".</param>
    /// <param name="scenario">The scenario read so far, or null when it has problems (paths are then not checked).</param>
    /// <param name="names">The names of uncertainties and levers.</param>
    public static IReadOnlyList<UncertaintySpec> Read(ReadContext ctx, YamlNode? node, string path, Scenario? scenario, InputNames names)
    {
        var items = ctx.List(node, path, Limits.MaxUncertainties, "uncertainty", "uncertainties", nonEmpty: false);
        var result = new List<UncertaintySpec>();
        var sampled = new Dictionary<string, (string Path, long Line)>(StringComparer.Ordinal);
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var p = Paths.Index(path, i);
            if (ctx.Values.Mapping(items[i], p, "an uncertainty mapping (param, distribution and the distribution's keys)") is not { } map) continue;
            if (ReadOne(ctx, map, p, scenario, names, sampled) is { } spec) result.Add(spec);
        }
        return result;
    }

    private static UncertaintySpec? ReadOne(ReadContext ctx, YamlMapping map, string path, Scenario? scenario, InputNames names,
        Dictionary<string, (string Path, long Line)> sampled)
    {
        // The kind decides which keys are accepted, so it is looked up before the keys are checked.
        var keys = ScenarioKeys.Distributions.FirstOrDefault(d => map.Find("distribution")?.Value is YamlScalar s && d.Kind == s.Value);
        var m = keys is null
            ? new MappingReader(ctx.Diagnostics, map, path, ScenarioKeys.Uncertainty)
            : new MappingReader(ctx.Diagnostics, map, path, [.. ScenarioKeys.UncertaintyBase, .. keys.All], $"unknown key of a {keys.Kind} distribution");
        var before = ctx.Diagnostics.Count;
        var paramNode = m.Required("param");
        var param = ctx.Values.Text(paramNode, m.At("param"), "the path of a scenario parameter, such as vendors.NAME.quality");
        var kind = ctx.Values.Choice(m.Required("distribution"), m.At("distribution"), Kinds);
        var read = kind is null ? null : DistributionReader.Read(ctx, m, kind);

        ScenarioParameter? parameter = null;
        var repeated = false;
        if (param is not null)
        {
            parameter = scenario is null ? null : Resolve(ctx, scenario, param, paramNode!, m.At("param"));
            var key = scenario is null ? param : parameter?.Key;
            if (key is not null && sampled.TryGetValue(key, out var first))
            {
                repeated = true;
                ctx.Diagnostics.Add(paramNode!, string.Create(CultureInfo.InvariantCulture,
                    $"{m.At("param")}: '{param}' is already sampled by {first.Path} (line {first.Line}); give each parameter one distribution"));
            }
            else if (key is not null)
            {
                sampled[key] = (path, paramNode!.Line);
            }
        }
        if (parameter is not null && read is not null && kind is not null) CheckFit(ctx, m, kind, read, parameter);
        var name = repeated ? null : names.Add(m, param, paramNode);
        return ctx.Diagnostics.Count == before && name is not null && param is not null && read is not null
            ? new UncertaintySpec(name, param, read.Distribution)
            : null;
    }

    /// <summary>The parameter at <paramref name="param"/>, or null after saying why there is none.</summary>
    private static ScenarioParameter? Resolve(ReadContext ctx, Scenario scenario, string param, YamlNode at, string field)
    {
        var index = ParameterIndex.Of(scenario);
        if (index.Find(param) is { } found) return found;
        var shown = param.Length <= 80 ? param : param[..80] + "...";
        ctx.Diagnostics.Add(at, $"{field}: '{shown}' is not a parameter of this scenario" + Hint(index, param));
        return null;
    }

    private static string Hint(ParameterIndex index, string param)
    {
        var parts = param.Split('.');
        if (parts.Length == 3 && parts[0] == "injects" && index.RepeatedInjectKinds.TryGetValue(parts[1], out var positions))
        {
            // Only the injects of that kind that have the field (a scheduled one has no probability).
            var forms = positions.Select(i => string.Create(CultureInfo.InvariantCulture, $"injects.{i}.{parts[2]}"))
                .Where(f => index.Find(f) is not null)
                .ToList();
            if (forms.Count > 0)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"; '{parts[1]}' occurs {positions.Count} times in injects, so name one by its 0-based index: {string.Join(" or ", forms.Take(MaxIndexPathsShown))}")
                    + (forms.Count > MaxIndexPathsShown ? " or ..." : "");
            }
        }
        if (DidYouMean.Closest(param, index.All.Select(p => p.Path)) is { } close) return $"; did you mean '{close}'?";
        var dot = param.LastIndexOf('.');
        if (dot > 0)
        {
            var prefix = param[..(dot + 1)];
            var fields = index.Paths
                .Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.IndexOf('.', prefix.Length) < 0)
                .Select(p => p[prefix.Length..])
                .ToList();
            if (fields.Count > 0) return $"; {param[..dot]} has {DidYouMean.List(fields)}";
        }
        return "; a path starts with capability_threshold, review_overhead, categories.NAME, agency, vendors.NAME, integrator or injects.KIND"
            + " (docs/SCENARIO-FORMAT.md, \"Uncertainties, levers and robustness\", lists every path)";
    }

    /// <summary>Reports a distribution that can give values the parameter does not accept.</summary>
    private static void CheckFit(ReadContext ctx, MappingReader m, string kind, ReadDistribution read, ScenarioParameter parameter)
    {
        var range = parameter.Range;
        var distributionNode = m.Optional("distribution")!;
        var outside = $"outside {parameter.Path}'s range ({parameter.Describe()})";
        if (parameter.Kind == ParameterKind.Boolean && kind is not ("bernoulli" or "discrete"))
        {
            ctx.Diagnostics.Add(distributionNode,
                $"{m.At("distribution")}: {parameter.Path} is true or false; use bernoulli (p is the chance of true) or discrete with values [0, 1]");
            return;
        }
        switch (kind)
        {
            case "bernoulli":
                if (!(range.Contains(0) && range.Contains(1)))
                    ctx.Diagnostics.Add(distributionNode, $"{m.At("distribution")}: bernoulli gives 0 or 1, which is {outside}");
                return;
            case "discrete":
                var values = read.Distribution is Experiments.Distributions.DiscreteDistribution d ? d.Values : [];
                for (var i = 0; i < values.Count; i++)
                {
                    var (v, node, path) = (values[i], read.ValueNodes[i], Paths.Index(m.At("values"), i));
                    var shown = DistributionReader.Shown(node);
                    if (parameter.Kind == ParameterKind.Boolean && v is not (0 or 1))
                        ctx.Diagnostics.Add(node, $"{path}: {shown} is not 0 or 1; {parameter.Path} is true or false (1 is true)");
                    else if (parameter.Kind == ParameterKind.Integer && v != Math.Floor(v))
                        ctx.Diagnostics.Add(node, $"{path}: {shown} is not a whole number, as {parameter.Path} needs ({parameter.Describe()})");
                    else if (!range.Contains(v))
                        ctx.Diagnostics.Add(node, $"{path}: {shown} is {outside}");
                }
                return;
        }

        // A continuous distribution: its support [min, max] must lie in the range; an excluded bound may be an end of
        // the support, which is reached with probability zero.
        var dist = read.Distribution;
        if (kind == "lognormal" && read.MaxNode is null && double.IsFinite(range.Max))
        {
            ctx.Diagnostics.Add(m.Node, $"{Paths.Label(m.Path)}: lognormal has no upper bound unless max is given, and {parameter.Path} " +
                $"takes {parameter.Describe()}; give max");
        }
        if (read.MinNode is null)
        {
            if (!LowFits(range, dist.Min))
            {
                ctx.Diagnostics.Add(m.Node, $"{Paths.Label(m.Path)}: lognormal starts at 0 unless min is given, which is {outside}; give min");
            }
        }
        else if (!LowFits(range, dist.Min))
        {
            ctx.Diagnostics.Add(read.MinNode, $"{m.At("min")}: {DistributionReader.Shown(read.MinNode)} is {outside}");
        }
        if (read.MaxNode is not null && !HighFits(range, dist.Max))
            ctx.Diagnostics.Add(read.MaxNode, $"{m.At("max")}: {DistributionReader.Shown(read.MaxNode)} is {outside}");
    }

    private static bool LowFits(NumberRange range, double v) => range.Contains(v) || (v == range.Min && range.MinExclusive);

    private static bool HighFits(NumberRange range, double v) => range.Contains(v) || (v == range.Max && range.MaxExclusive);
}
