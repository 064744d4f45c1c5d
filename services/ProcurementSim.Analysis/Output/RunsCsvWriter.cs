using System.Globalization;
using System.Text;
using ProcurementSim.Analysis.Rows;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Analysis.Output;

/// <summary>
/// Streams runs.csv: one row per run (state × strategy) in plan order with the state's sampled inputs, the score and
/// every metric, so memory stays flat however many runs. A lever's column is empty in the rows of the strategies it
/// does not belong to, and a metric's is empty in the runs it does not apply to (no transition, unpriced shortfall).
/// Numbers are invariant shortest round-trip text; lines end with "\n".
/// </summary>
public sealed class RunsCsvWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly IReadOnlyList<ExperimentInput> _inputs;
    private readonly IReadOnlyList<string> _strategies;
    private readonly StringBuilder _row = new(512);

    /// <summary>Writes the header to <paramref name="stream"/>, which the writer owns from now on.</summary>
    public RunsCsvWriter(Stream stream, IReadOnlyList<ExperimentInput> inputs, IReadOnlyList<string> strategies)
    {
        ArgumentNullException.ThrowIfNull(stream);
        (_inputs, _strategies) = (inputs, strategies);
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { NewLine = "\n" };
        _writer.Write(string.Join(',', Header(inputs).Select(Escape)));
        _writer.Write('\n');
    }

    /// <summary>The column names: state, sample, replication, strategy, each input, score, each metric.</summary>
    public static IReadOnlyList<string> Header(IReadOnlyList<ExperimentInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ["state", "sample", "replication", "strategy", .. inputs.Select(i => i.Name), "score", .. MetricNames.All];
    }

    /// <summary>Appends the rows of one state.</summary>
    public void Write(StateRow state)
    {
        ArgumentNullException.ThrowIfNull(state);
        for (var k = 0; k < state.Runs.Length; k++)
        {
            var run = state.Runs[k];
            _row.Clear();
            var strategy = _strategies[k];
            _row.Append(CultureInfo.InvariantCulture, $"{state.State},{state.Sample},{state.Replication},").Append(Escape(strategy));
            for (var j = 0; j < _inputs.Count; j++)
            {
                _row.Append(',');
                if (_inputs[j].Strategy is null || _inputs[j].Strategy == strategy) Number(state.Inputs[j]);
            }
            for (var o = 0; o < run.Outcomes.Length; o++)
            {
                _row.Append(',');
                // A metric that does not apply to the run (no transition, unpriced shortfall) is an empty field.
                if (!double.IsNaN(run.Outcomes[o])) Number(run.Outcomes[o]);
            }
            _row.Append('\n');
            _writer.Write(_row);
        }
    }

    /// <summary>
    /// Appends run <paramref name="run"/> of <paramref name="state"/> under the name <paramref name="strategy"/> with
    /// <paramref name="inputs"/> (one per input column) instead of the state's: a lever search's candidates each carry
    /// their own lever values. A NaN input is an empty field.
    /// </summary>
    public void WriteRun(StateRow state, int run, string strategy, IReadOnlyList<double> inputs)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(inputs);
        var outcomes = state.Runs[run].Outcomes;
        _row.Clear();
        _row.Append(CultureInfo.InvariantCulture, $"{state.State},{state.Sample},{state.Replication},").Append(Escape(strategy));
        for (var j = 0; j < _inputs.Count; j++)
        {
            _row.Append(',');
            if (!double.IsNaN(inputs[j])) Number(inputs[j]);
        }
        for (var o = 0; o < outcomes.Length; o++)
        {
            _row.Append(',');
            if (!double.IsNaN(outcomes[o])) Number(outcomes[o]);
        }
        _row.Append('\n');
        _writer.Write(_row);
    }

    /// <summary>Writes what is buffered to the file.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();

    // Formatted straight into the row (no string per number); the same text as value.ToString("R", invariant).
    private void Number(double value) => _row.Append(CultureInfo.InvariantCulture, $"{value:R}");

    private static string Escape(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
