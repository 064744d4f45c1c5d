using ProcurementSim.Core.Experiments.Conditions;

namespace ProcurementSim.Analysis.Robustness;

/// <summary>Evaluates conditions on one strategy's outcome columns, state by state.</summary>
internal static class OutcomeRows
{
    /// <summary>For each state of the strategy, whether <paramref name="condition"/> holds.</summary>
    public static bool[] Evaluate(CompleteStates table, int strategy, Condition condition)
    {
        var columns = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        for (var o = 0; o < OutcomeTable.Outcomes.Count; o++) columns[OutcomeTable.Outcomes[o]] = table.Outcome(strategy, o);
        var state = 0;
        double Value(string name) => columns[name][state];
        var met = new bool[table.Outcome(strategy, 0).Count];
        for (state = 0; state < met.Length; state++) met[state] = condition.IsMet(Value);
        return met;
    }
}
