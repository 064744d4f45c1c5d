using System.Globalization;

namespace ProcurementSim.Core.Strategies;

/// <summary>
/// A lever on a trigger's threshold: the parameter <c>&lt;trigger&gt;.&lt;signpost&gt;</c> (such as
/// <c>step_when.readiness</c>) names the number a trigger compares the signpost with. The trigger must compare that
/// signpost exactly once; the lever's range is the signpost's (whole numbers for counts and weeks).
/// </summary>
public static class TriggerThreshold
{
    /// <summary>Splits <c>trigger.signpost</c>; false for a plain parameter name.</summary>
    public static bool TrySplit(string parameter, out string trigger, out string signpost)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var dot = parameter.IndexOf('.', StringComparison.Ordinal);
        (trigger, signpost) = dot < 0 ? ("", "") : (parameter[..dot], parameter[(dot + 1)..]);
        return dot >= 0;
    }

    /// <summary>
    /// The threshold as a number parameter (named <c>trigger.signpost</c>, its default the threshold written in the
    /// strategy, its range the signpost's), or null with <paramref name="problem"/> saying why there is none.
    /// </summary>
    public static ParameterDefinition? Definition(StrategySpec strategy, string trigger, string signpost, out string problem)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var catalog = StrategyCatalog.Get(strategy.Kind);
        var triggers = catalog.Parameters.Where(p => p.Type == ParameterType.Trigger).Select(p => p.Name).ToList();
        if (!triggers.Contains(trigger))
        {
            problem = triggers.Count == 0
                ? $"{catalog.Key} has no triggers"
                : $"'{trigger}' is not a trigger of {catalog.Key}; its triggers are {string.Join(", ", triggers)}";
            return null;
        }
        if (SignpostCatalog.Find(signpost) is not { } sp)
        {
            problem = $"'{signpost}' is not a signpost; the signposts are {string.Join(", ", SignpostCatalog.Names)}";
            return null;
        }
        var given = strategy.Parameters.Trigger(trigger);
        var thresholds = given.Thresholds(signpost);
        if (thresholds.Count != 1)
        {
            problem = string.Create(CultureInfo.InvariantCulture,
                $"{strategy.Name}'s {trigger} ('{given.Text}') compares {signpost} {thresholds.Count} times; a lever on its threshold needs exactly one comparison, such as '{signpost} >= {(sp.Whole ? "1" : "0.5")}'");
            return null;
        }
        problem = "";
        return new ParameterDefinition(trigger + "." + signpost, sp.Whole ? ParameterType.Integer : ParameterType.Number,
            sp.Whole ? (int)thresholds[0] : thresholds[0], sp.Min, sp.Max, [], $"the number {trigger} compares {signpost} with");
    }

    /// <summary>A copy of the strategy whose trigger compares the signpost with <paramref name="value"/> (already rounded and range-checked).</summary>
    public static StrategySpec Apply(StrategySpec strategy, string trigger, string signpost, double value)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var changed = strategy.Parameters.Trigger(trigger).WithThreshold(signpost, value);
        return strategy with { Parameters = strategy.Parameters.With(trigger, changed) };
    }
}
