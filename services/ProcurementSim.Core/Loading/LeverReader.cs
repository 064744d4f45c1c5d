using System.Globalization;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Core.Text;

namespace ProcurementSim.Core.Loading;

/// <summary>
/// Reads <c>levers:</c>: each names a strategy of the file and one of its whole-number or number playbook parameters,
/// or a trigger's threshold as <c>trigger.signpost</c> (<see cref="TriggerThreshold"/>), with a range (<c>min</c>, <c>max</c>) or a list (<c>values</c>) within the catalog's bounds. The strategy and the
/// parameter are checked once the other sections are valid.
/// </summary>
internal static class LeverReader
{
    /// <param name="ctx">The read context.</param>
    /// <param name="node">The section, or null when absent.</param>
    /// <param name="path">"levers".</param>
    /// <param name="scenario">The scenario read so far, or null when it has problems (references are then not checked).</param>
    /// <param name="names">The names of uncertainties and levers.</param>
    public static IReadOnlyList<LeverSpec> Read(ReadContext ctx, YamlNode? node, string path, Scenario? scenario, InputNames names)
    {
        var items = ctx.List(node, path, Limits.MaxLevers, "lever", "levers", nonEmpty: false);
        var result = new List<LeverSpec>();
        var varied = new Dictionary<(string, string), (string Path, long Line)>();
        for (var i = 0; items is not null && i < items.Count; i++)
        {
            var p = Paths.Index(path, i);
            if (ctx.Map(items[i], p, ScenarioKeys.Lever, "a lever mapping (strategy, param, and min and max or values)") is not { } m) continue;
            if (ReadOne(ctx, m, scenario, names, varied) is { } lever) result.Add(lever);
        }
        return result;
    }

    private static LeverSpec? ReadOne(ReadContext ctx, MappingReader m, Scenario? scenario, InputNames names,
        Dictionary<(string, string), (string Path, long Line)> varied)
    {
        var before = ctx.Diagnostics.Count;
        var strategyNode = m.Required("strategy");
        var strategy = ctx.Values.Text(strategyNode, m.At("strategy"), "the name of a strategy of the scenario");
        var paramNode = m.Required("param");
        var param = ctx.Values.Text(paramNode, m.At("param"), "the name of a playbook parameter, such as solicit_week");
        var def = scenario is null || strategy is null || param is null ? null : Resolve(ctx, m, scenario, strategy, param);
        var range = ReadRange(ctx, m, def);

        var repeated = false;
        if (strategy is not null && param is not null && (scenario is null || def is not null))
        {
            if (varied.TryGetValue((strategy, param), out var first))
            {
                repeated = true;
                ctx.Diagnostics.Add(paramNode!, string.Create(CultureInfo.InvariantCulture,
                    $"{m.At("param")}: {strategy}'s {param} is already a lever ({first.Path}, line {first.Line}); give each parameter one range"));
            }
            else
            {
                varied[(strategy, param)] = (m.Path, paramNode!.Line);
            }
        }
        var name = repeated ? null : names.Add(m, strategy is null || param is null ? null : strategy + "." + param, paramNode);
        return ctx.Diagnostics.Count == before && name is not null && range is not null
            ? new LeverSpec(name, strategy!, param!, range)
            : null;
    }

    /// <summary>The playbook parameter the lever varies, or null after saying why it cannot.</summary>
    private static ParameterDefinition? Resolve(ReadContext ctx, MappingReader m, Scenario scenario, string strategyName, string param)
    {
        if (scenario.FindStrategy(strategyName) is not { } strategy)
        {
            ctx.Diagnostics.Add(m.Optional("strategy")!, $"{m.At("strategy")}: unknown strategy '{Shorten(strategyName)}'"
                + DidYouMean.Suffix(strategyName, [.. scenario.Strategies.Select(s => s.Name)], "the strategies are"));
            return null;
        }
        if (TriggerThreshold.TrySplit(param, out var trigger, out var signpost))
        {
            var threshold = TriggerThreshold.Definition(strategy, trigger, signpost, out var problem);
            if (threshold is null) ctx.Diagnostics.Add(m.Optional("param")!, $"{m.At("param")}: {problem}");
            return threshold;
        }
        var catalog = StrategyCatalog.Get(strategy.Kind);
        List<string> numeric = [.. catalog.Parameters.Where(IsNumeric).Select(p => p.Name)];
        var has = numeric.Count == 0
            ? $"{catalog.Key} has no whole-number or number parameters a lever could vary"
            : $"{catalog.Key} has {DidYouMean.List(numeric)}";
        var paramNode = m.Optional("param")!;
        var def = catalog.Parameters.FirstOrDefault(p => p.Name == param);
        if (def is null)
        {
            var close = DidYouMean.Closest(param, numeric);
            ctx.Diagnostics.Add(paramNode, $"{m.At("param")}: '{Shorten(param)}' is not a parameter of strategy '{strategyName}'; "
                + (close is null ? has : $"did you mean '{close}'?"));
            return null;
        }
        if (!IsNumeric(def))
        {
            ctx.Diagnostics.Add(paramNode, $"{m.At("param")}: '{param}' takes {def.Expectation}; a lever varies a whole-number or number parameter, and {has}");
            return null;
        }
        return def;
    }

    /// <summary>
    /// The lever's range: whole numbers (an integer parameter's min and max), a number interval, or a list of values;
    /// bounds are checked against <paramref name="def"/> when it is known. Null after reporting a problem.
    /// </summary>
    private static Distribution? ReadRange(ReadContext ctx, MappingReader m, ParameterDefinition? def)
    {
        var (minNode, maxNode, valuesNode) = (m.Optional("min"), m.Optional("max"), m.Optional("values"));
        if (valuesNode is not null && (minNode ?? maxNode) is not null)
        {
            var later = new[] { m.KeyOf("values"), m.KeyOf("min"), m.KeyOf("max") }.OfType<YamlScalar>().MaxBy(k => (k.Line, k.Column))!;
            ctx.Diagnostics.Add(later, $"{Paths.Label(m.Path)}: give either min and max (a range) or values (a list), not both");
            return null;
        }
        if (valuesNode is null && minNode is null && maxNode is null)
        {
            ctx.Diagnostics.Add(m.Node, $"{Paths.Label(m.Path)}: missing 'min' and 'max' (a range) or 'values' (a list); give one of the two");
            return null;
        }
        var before = ctx.Diagnostics.Count;
        if (valuesNode is not null)
        {
            var items = ctx.List(valuesNode, m.At("values"), Limits.MaxDiscreteValues, "value", "values", nonEmpty: true);
            if (items is null || items.Count == 0 || items.Count > Limits.MaxDiscreteValues) return null;
            var values = new List<double>(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                if (Bound(ctx, items[i], Paths.Index(m.At("values"), i), m, def) is { } v) values.Add(v);
            }
            return ctx.Diagnostics.Count == before && def is not null ? new DiscreteDistribution(values) : null;
        }
        var min = Bound(ctx, m.Required("min"), m.At("min"), m, def);
        var max = Bound(ctx, m.Required("max"), m.At("max"), m, def);
        if (min is not { } lo || max is not { } hi) return null;
        if (!(lo < hi))
        {
            ctx.Diagnostics.Add(maxNode!, $"{m.At("max")}: expected a number greater than min ({DistributionReader.F(lo)}), got {DistributionReader.Shown(maxNode)}");
            return null;
        }
        if (def is null || ctx.Diagnostics.Count != before) return null;
        return def.Type == ParameterType.Integer ? new IntegerUniformDistribution((int)lo, (int)hi) : new UniformDistribution(lo, hi);
    }

    /// <summary>A bound or value: a number, whole for a whole-number parameter, within the catalog's range.</summary>
    private static double? Bound(ReadContext ctx, YamlNode? node, string path, MappingReader m, ParameterDefinition? def)
    {
        if (!ctx.Values.TryNumber(node, path, NumberRange.Any, whole: false, out var v)) return null;
        if (def is null) return v;
        var shown = DistributionReader.Shown(node);
        var strategy = m.Optional("strategy") is YamlScalar s ? s.Value : "?";
        var param = $"{strategy}'s {def.Name}";
        if (def.Type == ParameterType.Integer && v != Math.Floor(v))
        {
            ctx.Diagnostics.Add(node!, $"{path}: {shown} is not a whole number, as {param} needs ({def.Expectation})");
            return null;
        }
        if (!ParameterReader.RangeOf(def).Contains(v))
        {
            ctx.Diagnostics.Add(node!, $"{path}: {shown} is outside the range of {param} ({def.Expectation})");
            return null;
        }
        return v;
    }

    private static bool IsNumeric(ParameterDefinition p) => p.Type is ParameterType.Integer or ParameterType.Number;

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";
}
