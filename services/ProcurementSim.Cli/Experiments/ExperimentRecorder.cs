using ProcurementSim.Analysis;
using ProcurementSim.Analysis.Output;
using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Cli.Experiments;

/// <summary>
/// Receives each played state in plan order: streams its rows to runs.csv (and runs.parquet when asked) and keeps
/// the few numbers per run the statistics need in an <see cref="OutcomeTable"/>.
/// </summary>
internal sealed class ExperimentRecorder : IDisposable
{
    private readonly RunsCsvWriter _csv;
    private readonly RunsParquetWriter? _parquet;

    public ExperimentRecorder(ExperimentPlan plan, OutcomeTable table, Stream csv, Stream? parquet)
    {
        Table = table;
        var strategies = plan.Strategies.Select(s => s.Name).ToList();
        _csv = new RunsCsvWriter(csv, plan.Inputs, strategies);
        _parquet = parquet is null ? null : new RunsParquetWriter(parquet, plan.Inputs, strategies);
    }

    public OutcomeTable Table { get; }

    public int States { get; private set; }

    public void Record(StateOutcome state)
    {
        _csv.Write(state);
        _parquet?.Write(state);
        var inputs = state.Inputs is double[] array ? array : [.. state.Inputs];
        foreach (var run in state.Runs) Table.Add(run.Run.Strategy, inputs, run.Score, run.Metrics, run.Capability);
        States++;
    }

    /// <summary>Writes everything buffered (also after Ctrl-C), so the files hold every state recorded.</summary>
    public void Complete()
    {
        _csv.Flush();
        _parquet?.Complete();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _parquet?.Dispose();
    }
}
