using System.Globalization;
using MathNet.Numerics.Distributions;
using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>
/// Reads the keys of one uncertainty's distribution and checks them before the distribution is built, so that a bad
/// parameter is a diagnostic and never an exception (the constructors throw on what is checked here).
/// </summary>
internal static class DistributionReader
{
    /// <summary>The distribution, or null after reporting what is wrong with its keys.</summary>
    /// <param name="ctx">The read context.</param>
    /// <param name="m">The uncertainty mapping.</param>
    /// <param name="kind">A kind of <see cref="ScenarioKeys.Distributions"/>.</param>
    public static ReadDistribution? Read(ReadContext ctx, MappingReader m, string kind)
    {
        var before = ctx.Diagnostics.Count;
        ReadDistribution? read;
        try
        {
            read = kind switch
            {
                "uniform" => Uniform(ctx, m),
                "triangular" => Triangular(ctx, m),
                "truncated_normal" => TruncatedNormal(ctx, m),
                "lognormal" => LogNormalOf(ctx, m),
                "discrete" => Discrete(ctx, m),
                "bernoulli" => Required(ctx, m, "p", NumberRange.Unit) is { } p ? new(new BernoulliDistribution(p), null, null, []) : null,
                _ => null,
            };
        }
        catch (ArgumentException e)
        {
            // Every constructor's condition is checked above; this only keeps a missed case from escaping as an exception.
            ctx.Diagnostics.Add(m.Node, $"{Paths.Label(m.Path)}: {e.Message}");
            return null;
        }
        return ctx.Diagnostics.Count == before ? read : null;
    }

    private static ReadDistribution? Uniform(ReadContext ctx, MappingReader m)
    {
        var (min, max) = (Required(ctx, m, "min", NumberRange.Any), Required(ctx, m, "max", NumberRange.Any));
        if (min is not { } lo || max is not { } hi || !Increasing(ctx, m, lo, hi)) return null;
        return new(new UniformDistribution(lo, hi), m.Optional("min"), m.Optional("max"), []);
    }

    private static ReadDistribution? Triangular(ReadContext ctx, MappingReader m)
    {
        var min = Required(ctx, m, "min", NumberRange.Any);
        var mode = Required(ctx, m, "mode", NumberRange.Any);
        var max = Required(ctx, m, "max", NumberRange.Any);
        if (min is not { } lo || max is not { } hi || mode is not { } peak || !Increasing(ctx, m, lo, hi)) return null;
        if (peak < lo || peak > hi)
        {
            ctx.Diagnostics.Add(m.Optional("mode")!, $"{m.At("mode")}: expected a number from min ({F(lo)}) to max ({F(hi)}), got {Shown(m.Optional("mode"))}");
            return null;
        }
        return new(new TriangularDistribution(lo, peak, hi), m.Optional("min"), m.Optional("max"), []);
    }

    private static ReadDistribution? TruncatedNormal(ReadContext ctx, MappingReader m)
    {
        var mean = Required(ctx, m, "mean", NumberRange.Any);
        var sd = Required(ctx, m, "sd", NumberRange.Positive);
        var min = Required(ctx, m, "min", NumberRange.Any);
        var max = Required(ctx, m, "max", NumberRange.Any);
        if (mean is not { } mu || sd is not { } s || min is not { } lo || max is not { } hi || !Increasing(ctx, m, lo, hi)) return null;
        if (!(Normal.CDF(mu, s, hi) > Normal.CDF(mu, s, lo)))
        {
            ctx.Diagnostics.Add(m.Node, $"{Paths.Label(m.Path)}: [min, max] = [{F(lo)}, {F(hi)}] lies so far in the tail of normal(mean {F(mu)}, sd {F(s)}) that it cannot be sampled; widen it or move mean closer");
            return null;
        }
        return new(new TruncatedNormalDistribution(mu, s, lo, hi), m.Optional("min"), m.Optional("max"), []);
    }

    private static ReadDistribution? LogNormalOf(ReadContext ctx, MappingReader m)
    {
        var median = Required(ctx, m, "median", NumberRange.Positive);
        var sigma = Required(ctx, m, "sigma", NumberRange.Positive);
        var (minNode, maxNode) = (m.Optional("min"), m.Optional("max"));
        var min = minNode is null ? 0 : Optional(ctx, m, "min", NumberRange.NonNegative);
        var max = maxNode is null ? double.PositiveInfinity : Optional(ctx, m, "max", NumberRange.Any);
        if (median is not { } med || sigma is not { } s || min is not { } lo || max is not { } hi) return null;
        if (!(hi > lo))
        {
            var what = minNode is null ? "0 (lognormal's lowest value without min)" : $"min ({F(lo)})";
            ctx.Diagnostics.Add(maxNode!, $"{m.At("max")}: expected a number greater than {what}, got {Shown(maxNode)}");
            return null;
        }
        var mu = Math.Log(med);
        var low = lo == 0 ? 0 : LogNormal.CDF(mu, s, lo);
        var high = double.IsPositiveInfinity(hi) ? 1 : LogNormal.CDF(mu, s, hi);
        if (!(high > low))
        {
            ctx.Diagnostics.Add(m.Node, $"{Paths.Label(m.Path)}: [min, max] = [{F(lo)}, {F(hi)}] lies so far in the tail of lognormal(median {F(med)}, sigma {F(s)}) that it cannot be sampled; widen it or move median closer");
            return null;
        }
        return new(new LogNormalDistribution(mu, s, lo, hi), minNode, maxNode, []);
    }

    private static ReadDistribution? Discrete(ReadContext ctx, MappingReader m)
    {
        var items = ctx.List(m.Required("values"), m.At("values"), Limits.MaxDiscreteValues, "value", "values", nonEmpty: true);
        if (items is null || items.Count == 0 || items.Count > Limits.MaxDiscreteValues) return null;
        var values = Numbers(ctx, items, m.At("values"), NumberRange.Any);
        IReadOnlyList<double>? weights = null;
        if (m.Optional("weights") is { } weightsNode)
        {
            var weightItems = ctx.List(weightsNode, m.At("weights"), Limits.MaxDiscreteValues, "weight", "weights", nonEmpty: true);
            if (weightItems is null || weightItems.Count == 0 || weightItems.Count > Limits.MaxDiscreteValues) return null;
            weights = Numbers(ctx, weightItems, m.At("weights"), NumberRange.NonNegative);
            if (weights is null || values is null) return null;
            if (weights.Count != values.Count)
            {
                ctx.Diagnostics.Add(weightsNode, string.Create(CultureInfo.InvariantCulture,
                    $"{m.At("weights")}: expected one weight per value ({values.Count}), got {weights.Count}"));
                return null;
            }
            var sum = weights.Sum();
            if (!(sum > 0 && double.IsFinite(sum)))
            {
                ctx.Diagnostics.Add(weightsNode, $"{m.At("weights")}: expected weights with a sum above 0 (and finite), got a sum of {F(sum)}");
                return null;
            }
        }
        return values is null ? null : new(new DiscreteDistribution(values, weights), null, null, items);
    }

    /// <summary>Reports max not above min; true when min &lt; max.</summary>
    private static bool Increasing(ReadContext ctx, MappingReader m, double min, double max)
    {
        if (min < max) return true;
        ctx.Diagnostics.Add(m.Optional("max")!, $"{m.At("max")}: expected a number greater than min ({F(min)}), got {Shown(m.Optional("max"))}");
        return false;
    }

    private static double? Required(ReadContext ctx, MappingReader m, string key, NumberRange range) =>
        ctx.Values.TryNumber(m.Required(key), m.At(key), range, whole: false, out var v) ? v : null;

    private static double? Optional(ReadContext ctx, MappingReader m, string key, NumberRange range) =>
        ctx.Values.TryNumber(m.Optional(key), m.At(key), range, whole: false, out var v) ? v : null;

    /// <summary>Every item as a number, or null once one was not (each reported).</summary>
    private static List<double>? Numbers(ReadContext ctx, IReadOnlyList<YamlNode> items, string path, NumberRange range)
    {
        var values = new List<double>(items.Count);
        var ok = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (ctx.Values.TryNumber(items[i], Paths.Index(path, i), range, whole: false, out var v)) values.Add(v);
            else ok = false;
        }
        return ok ? values : null;
    }

    /// <summary>A number as messages show it.</summary>
    internal static string F(double v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>A node's text as written.</summary>
    internal static string Shown(YamlNode? node) => node is YamlScalar s ? s.Shown : node?.Describe() ?? "nothing";
}
