using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis;

/// <summary>
/// The states of an <see cref="OutcomeTable"/> that every strategy has played: an experiment stopped part-way through
/// a state (Ctrl-C) leaves its first strategies one run ahead, and a state counts only once all have played it, so
/// that every statistic compares strategies on the same states.
/// </summary>
internal sealed class CompleteStates
{
    private readonly OutcomeTable _table;

    public CompleteStates(OutcomeTable table)
    {
        _table = table;
        Count = table.States;
    }

    /// <summary>Number of complete states.</summary>
    public int Count { get; }

    /// <summary>Strategy names, in play order.</summary>
    public IReadOnlyList<string> Strategies => _table.Strategies;

    /// <summary>The sampled inputs.</summary>
    public IReadOnlyList<InputColumn> Inputs => _table.Inputs;

    /// <summary>Whether weekly capability was kept.</summary>
    public bool KeepCapability => _table.KeepCapability;

    /// <summary>An outcome column of a strategy (index into <see cref="OutcomeTable.Outcomes"/>), complete states only.</summary>
    public IReadOnlyList<double> Outcome(int strategy, int outcome) => Trim(_table.Outcome(strategy, outcome));

    /// <summary>An outcome column by name, complete states only.</summary>
    public IReadOnlyList<double> Outcome(int strategy, string outcome) => Trim(_table.Outcome(strategy, outcome));

    /// <summary>An input column, complete states only.</summary>
    public IReadOnlyList<double> Input(int input) => Trim(_table.Input(input));

    /// <summary>Each run's weekly capability, complete states only.</summary>
    public IReadOnlyList<double[]> Capability(int strategy) => Trim(_table.Capability(strategy));

    private IReadOnlyList<T> Trim<T>(IReadOnlyList<T> column) => column.Count <= Count ? column : [.. column.Take(Count)];
}
