using ProcurementSim.Analysis.Optimization;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Distributions;

namespace ProcurementSim.Analysis.LeverSearch;

/// <summary>
/// A lever as a gene of the search. A range of whole numbers (an integer parameter, a count or week threshold) is an
/// integer gene over it; a list of values is an integer gene indexing the distinct values in increasing order (so
/// neighbouring genes are neighbouring values); any other range is a real gene over [min, max].
/// </summary>
/// <param name="Lever">The scenario's lever.</param>
/// <param name="Variable">The gene.</param>
/// <param name="Values">The distinct values in increasing order for a list, else null.</param>
public sealed record SearchLever(LeverSpec Lever, DecisionVariable Variable, IReadOnlyList<double>? Values)
{
    /// <summary>"integer", "values" or "real".</summary>
    public string Kind => Values is not null ? "values" : Variable.IsInteger ? "integer" : "real";

    /// <summary>The gene of a lever.</summary>
    public static SearchLever Of(LeverSpec lever)
    {
        ArgumentNullException.ThrowIfNull(lever);
        var range = lever.Range;
        if (range is IntegerUniformDistribution) return new SearchLever(lever, new DecisionVariable(lever.Name, range.Min, range.Max, true), null);
        if (range.IsDiscrete)
        {
            double[] values = [.. range.Levels(1).Distinct().Order()];
            return new SearchLever(lever, new DecisionVariable(lever.Name, 0, values.Length - 1, true), values);
        }
        return new SearchLever(lever, new DecisionVariable(lever.Name, range.Min, range.Max, false), null);
    }

    /// <summary>The lever's value for a gene.</summary>
    public double Decode(double gene) => Values is null ? gene : Values[(int)gene];
}
