using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Analysis.Rows;

/// <summary>
/// One state of the world as an experiment's outputs keep it: the sampled inputs and, per strategy in plan order, its
/// outcome values and weekly capability. runs.csv, runs.parquet, the outcome table and a shard's states.bin are all
/// written from rows, so a merge that reads rows back writes the same bytes as the experiment that played them.
/// </summary>
/// <param name="State">The state (sample × replications + replication).</param>
/// <param name="Sample">The sample of the inputs.</param>
/// <param name="Replication">The replication of the sample.</param>
/// <param name="Inputs">The sampled inputs, in plan order.</param>
/// <param name="Runs">One run per strategy, in plan order.</param>
public sealed record StateRow(int State, int Sample, int Replication, double[] Inputs, RunRow[] Runs)
{
    /// <summary>The row of a played state.</summary>
    public static StateRow From(StateOutcome state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var first = state.Runs[0].Run;
        return new StateRow(state.State, first.Sample, first.Replication, [.. state.Inputs], [.. state.Runs.Select(RunRow.From)]);
    }
}
