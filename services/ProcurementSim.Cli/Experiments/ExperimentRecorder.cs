using ProcurementSim.Analysis;
using ProcurementSim.Analysis.Output;
using ProcurementSim.Analysis.Rows;
using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Cli.Experiments;

/// <summary>
/// Receives each state in plan order: streams its rows to runs.csv (and runs.parquet when asked) and adds it to the
/// bounded <see cref="OutcomeTable"/> the statistics come from.
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

    public void Record(StateRow state)
    {
        _csv.Write(state);
        _parquet?.Write(state);
        Table.Add(state);
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
