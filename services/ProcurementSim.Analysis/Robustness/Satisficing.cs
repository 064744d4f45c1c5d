using ProcurementSim.Core.Experiments.Conditions;

namespace ProcurementSim.Analysis.Robustness;

/// <summary>Starr's domain criterion: the share of states of the world in which every satisficing criterion holds.</summary>
internal static class Satisficing
{
    /// <summary>The share for one strategy; NaN when there are no states.</summary>
    public static double Share(CompleteStates table, int strategy, IReadOnlyList<Condition> criteria)
    {
        var all = criteria.Select(c => OutcomeRows.Evaluate(table, strategy, c)).ToArray();
        var states = table.Outcome(strategy, 0).Count;
        if (states == 0) return double.NaN;
        var met = 0;
        for (var s = 0; s < states; s++)
        {
            if (all.All(column => column[s])) met++;
        }

        return (double)met / states;
    }
}
