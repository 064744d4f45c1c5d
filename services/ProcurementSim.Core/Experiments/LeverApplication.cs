using System.Globalization;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Experiments;

/// <summary>Sets a lever's playbook parameter on its strategy, typed as <see cref="StrategyCatalog"/> defines it.</summary>
public static class LeverApplication
{
    /// <summary>
    /// A copy of <paramref name="strategy"/> with the lever's parameter set to <paramref name="value"/>: a whole-number
    /// parameter gets the value rounded half away from zero (as an int), a number parameter the value itself. A lever on a
    /// trigger's threshold (<c>trigger.signpost</c>, see <see cref="TriggerThreshold"/>) rewrites that comparison the same
    /// way, whole for a count or a week. A lever of another strategy (<see cref="LeverSpec.Strategy"/> is not <paramref name="strategy"/>'s name) leaves it unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">The parameter is not a whole-number or number parameter of the strategy's kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or outside the catalog's range.</exception>
    public static StrategySpec Apply(StrategySpec strategy, LeverSpec lever, double value)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(lever);
        if (lever.Strategy != strategy.Name) return strategy;
        var isThreshold = TriggerThreshold.TrySplit(lever.Parameter, out var trigger, out var signpost);
        var problem = "";
        var def = isThreshold
            ? TriggerThreshold.Definition(strategy, trigger, signpost, out problem)
            : StrategyCatalog.Get(strategy.Kind).Parameters.FirstOrDefault(p => p.Name == lever.Parameter);
        if (def is not { Type: ParameterType.Integer or ParameterType.Number })
            throw new ArgumentException(isThreshold ? problem : $"'{lever.Parameter}' is not a number parameter of {StrategyCatalog.Get(strategy.Kind).Key}", nameof(lever));
        var stored = def.Type == ParameterType.Integer ? Math.Round(value, MidpointRounding.AwayFromZero) : value;
        if (!(stored >= def.Min && stored <= def.Max))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                string.Create(CultureInfo.InvariantCulture, $"{lever.Name} takes {def.Expectation}, not {value:R}"));
        }
        if (isThreshold) return TriggerThreshold.Apply(strategy, trigger, signpost, stored);
        var boxed = def.Type == ParameterType.Integer ? (object)(int)stored : stored;
        return strategy with { Parameters = strategy.Parameters.With(def.Name, boxed) };
    }
}
