using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis;

/// <summary>
/// The states an <see cref="OutcomeTable"/> keeps, every one played by every strategy (a state stopped part-way by
/// Ctrl-C is never committed), so that every statistic compares strategies on the same states: all states while they
/// fit the table's budget, else a uniform random sample of them.
/// </summary>
internal sealed class CompleteStates(OutcomeTable table)
{
    /// <summary>Number of states kept.</summary>
    public int Count { get; } = table.KeptStates;

    /// <summary>Strategy names, in play order.</summary>
    public IReadOnlyList<string> Strategies => table.Strategies;

    /// <summary>The sampled inputs.</summary>
    public IReadOnlyList<InputColumn> Inputs => table.Inputs;

    /// <summary>Whether weekly capability was kept.</summary>
    public bool KeepCapability => table.KeepCapability;

    /// <summary>An outcome column of a strategy (index into <see cref="OutcomeTable.Outcomes"/>).</summary>
    public IReadOnlyList<double> Outcome(int strategy, int outcome) => table.Outcome(strategy, outcome);

    /// <summary>An outcome column by name.</summary>
    public IReadOnlyList<double> Outcome(int strategy, string outcome) => table.Outcome(strategy, outcome);

    /// <summary>An input column.</summary>
    public IReadOnlyList<double> Input(int input) => table.Input(input);

    /// <summary>Each kept run's weekly capability.</summary>
    public IReadOnlyList<double[]> Capability(int strategy) => table.Capability(strategy);
}
