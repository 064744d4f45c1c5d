using Parquet;
using Parquet.Schema;
using ProcurementSim.Analysis.Rows;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Analysis.Output;

/// <summary>
/// runs.parquet: the columns of runs.csv with types (state, sample, replication as int32; strategy as string; inputs,
/// score and metrics as double, an input null where a lever does not apply and a metric null where it does not apply
/// to the run), written in row groups of
/// <see cref="RowGroupSize"/> rows so memory stays bounded.
/// </summary>
public sealed class RunsParquetWriter : IDisposable
{
    /// <summary>Rows buffered before a row group is written.</summary>
    public const int RowGroupSize = 65_536;

    private readonly Stream _stream;
    private readonly IReadOnlyList<ExperimentInput> _inputs;
    private readonly IReadOnlyList<string> _strategies;
    private readonly ParquetSchema _schema;
    private readonly ParquetWriter _writer;
    private readonly List<int> _state = [], _sample = [], _replication = [];
    private readonly List<string> _strategy = [];
    private readonly List<double?>[] _inputValues;
    private readonly List<double> _score = [];
    private readonly List<double?>[] _metrics;
    private bool _completed;

    /// <summary>Starts a file on <paramref name="stream"/>, which the writer owns from now on.</summary>
    public RunsParquetWriter(Stream stream, IReadOnlyList<ExperimentInput> inputs, IReadOnlyList<string> strategies)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(inputs);
        (_stream, _inputs, _strategies) = (stream, inputs, strategies);
        _schema = new ParquetSchema(
        [
            new DataField<int>("state"), new DataField<int>("sample"), new DataField<int>("replication"), new DataField<string>("strategy"),
            .. inputs.Select(i => new DataField<double?>(i.Name)),
            new DataField<double>("score"),
            // A metric that does not apply to a run (no transition, unpriced shortfall) is null, as in runs.csv.
            .. MetricNames.All.Select(m => new DataField<double?>(m)),
        ]);
        _inputValues = [.. inputs.Select(_ => new List<double?>())];
        _metrics = [.. MetricNames.All.Select(_ => new List<double?>())];
        _writer = ParquetWriter.CreateAsync(_schema, stream).GetAwaiter().GetResult();
    }

    /// <summary>Appends the rows of one state (written when a row group fills).</summary>
    public void Write(StateRow state)
    {
        ArgumentNullException.ThrowIfNull(state);
        for (var k = 0; k < state.Runs.Length; k++)
        {
            var run = state.Runs[k];
            var strategy = _strategies[k];
            _state.Add(state.State);
            _sample.Add(state.Sample);
            _replication.Add(state.Replication);
            _strategy.Add(strategy);
            for (var j = 0; j < _inputs.Count; j++)
            {
                _inputValues[j].Add(_inputs[j].Strategy is null || _inputs[j].Strategy == strategy ? state.Inputs[j] : null);
            }
            _score.Add(run.Score);
            for (var m = 0; m < MetricNames.All.Count; m++) _metrics[m].Add(double.IsNaN(run.Outcomes[m + 1]) ? null : run.Outcomes[m + 1]);
        }
        if (_state.Count >= RowGroupSize) Flush();
    }

    /// <summary>Writes the last row group and the footer.</summary>
    public void Complete()
    {
        Flush();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _completed = true;
        _stream.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_completed) _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _completed = true;
        _stream.Dispose();
    }

    private void Flush()
    {
        if (_state.Count == 0) return;
        var fields = _schema.DataFields;
        using (var group = _writer.CreateRowGroup())
        {
            var f = 0;
            Wait(group.WriteAsync<int>(fields[f++], _state.ToArray()));
            Wait(group.WriteAsync<int>(fields[f++], _sample.ToArray()));
            Wait(group.WriteAsync<int>(fields[f++], _replication.ToArray()));
            Wait(group.WriteAsync(fields[f++], _strategy));
            foreach (var column in _inputValues) Wait(group.WriteAsync<double>(fields[f++], column.ToArray()));
            Wait(group.WriteAsync<double>(fields[f++], _score.ToArray()));
            foreach (var column in _metrics) Wait(group.WriteAsync<double>(fields[f++], column.ToArray()));
            group.CompleteValidate();
        }
        _state.Clear();
        _sample.Clear();
        _replication.Clear();
        _strategy.Clear();
        foreach (var column in _inputValues) column.Clear();
        _score.Clear();
        foreach (var column in _metrics) column.Clear();
    }

    // The library is asynchronous only; the experiment's sink is synchronous and runs on its own thread.
    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}
