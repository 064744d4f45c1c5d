using ProcurementSim.Analysis.Summary;
using ProcurementSim.Core.Experiments.Conditions;

namespace ProcurementSim.Analysis.Sensitivity;

/// <summary>
/// Keeps what the Sobol indices need as the states arrive in plan order: per strategy and outcome (and the fail
/// condition as 0/1), one value per sample, the sum over its replications. Held apart from the outcome table's budget,
/// so the indices are exact however many states the table streams; its size is checked before the sweep starts
/// (<see cref="SobolOptions.MaxValues"/>).
/// </summary>
internal sealed class SobolAccumulator
{
    private readonly SobolOptions _options;
    private readonly Condition? _fail;
    private readonly double[][][] _values; // [strategy][outcome][sample]

    public SobolAccumulator(SobolOptions options, int strategies, Condition? fail)
    {
        (_options, _fail) = (options, fail);
        var samples = checked((int)options.Layout.Samples);
        var outcomes = OutcomeTable.Outcomes.Count + (fail is null ? 0 : 1);
        _values = [.. Enumerable.Range(0, strategies).Select(_ => Enumerable.Range(0, outcomes).Select(_ => new double[samples]).ToArray())];
    }

    /// <summary>Adds state <paramref name="state"/>: each strategy's outcomes in <see cref="OutcomeTable.Outcomes"/> order.</summary>
    public void Add(int state, double[][] outcomes)
    {
        var sample = state / _options.Replications;
        if (sample >= _values[0][0].Length) return;
        for (var k = 0; k < _values.Length; k++)
        {
            var run = outcomes[k];
            for (var o = 0; o < run.Length; o++) _values[k][o][sample] += run[o];
            if (_fail is not null) _values[k][^1][sample] += _fail.IsMet(name => run[OutcomeTable.IndexOf(name)]) ? 1 : 0;
        }
    }

    /// <summary>The indices over the base rows finished in <paramref name="states"/> states.</summary>
    public SobolResult Result(int states, IReadOnlyList<string> strategies, IReadOnlyList<InputColumn> inputs)
    {
        var layout = _options.Layout;
        var rows = Math.Min(layout.BaseRows, states / (layout.Blocks * _options.Replications));
        var names = OutcomeTable.Outcomes.Concat(_fail is null ? [] : ["fail"]).ToArray();
        var length = rows * layout.Blocks;
        var series = new List<(int Strategy, int Outcome, double[] Values)>();
        for (var k = 0; k < _values.Length; k++)
        {
            for (var o = 0; o < names.Length; o++)
            {
                series.Add((k, o, [.. _values[k][o].AsSpan(0, length).ToArray().Select(v => v / _options.Replications)]));
            }
        }

        var k2 = layout.Inputs;
        var first = new double[series.Count][];
        var total = new double[series.Count][];
        var variance = new double[series.Count];
        var resampledFirst = new double[series.Count][][];
        var resampledTotal = new double[series.Count][][];
        for (var s = 0; s < series.Count; s++)
        {
            (first[s], total[s]) = (new double[k2], new double[k2]);
            variance[s] = SobolEstimator.Estimate(series[s].Values, k2, [], first[s], total[s]);
            resampledFirst[s] = [.. Enumerable.Range(0, k2).Select(_ => new double[_options.Resamples])];
            resampledTotal[s] = [.. Enumerable.Range(0, k2).Select(_ => new double[_options.Resamples])];
        }

        if (rows > 0)
        {
            var counts = new int[rows];
            var (f, t) = (new double[k2], new double[k2]);
            for (var b = 0; b < _options.Resamples; b++)
            {
                SobolBootstrap.Counts(_options.Seed, b, counts);
                for (var s = 0; s < series.Count; s++)
                {
                    SobolEstimator.Estimate(series[s].Values, k2, counts, f, t);
                    for (var i = 0; i < k2; i++) (resampledFirst[s][i][b], resampledTotal[s][i][b]) = (f[i], t[i]);
                }
            }
        }

        var rankings = new List<SobolRanking>();
        for (var s = 0; s < series.Count; s++)
        {
            var (k, o, values) = series[s];
            var indices = new List<SobolIndex>();
            for (var i = 0; i < k2; i++)
            {
                // A lever of another strategy leaves this one's runs as they are: not listed (as in the importance ranking).
                if (inputs[i].Strategy is { } owner && owner != strategies[k]) continue;
                var (fl, fh) = rows > 0 ? SobolBootstrap.Interval(resampledFirst[s][i], _options.Level) : (double.NaN, double.NaN);
                var (tl, th) = rows > 0 ? SobolBootstrap.Interval(resampledTotal[s][i], _options.Level) : (double.NaN, double.NaN);
                indices.Add(new SobolIndex(inputs[i].Name, first[s][i], fl, fh, total[s][i], tl, th));
            }

            rankings.Add(new SobolRanking(strategies[k], names[o], UsableRows(values, layout.Blocks), variance[s], indices));
        }

        return new SobolResult(layout.BaseRows, rows, _options.Resamples, _options.Level, rankings);
    }

    private static int UsableRows(double[] values, int blocks)
    {
        var usable = 0;
        for (var j = 0; j < values.Length / blocks; j++)
        {
            var ok = true;
            for (var b = 0; b < blocks; b++) ok &= double.IsFinite(values[(j * blocks) + b]);
            if (ok) usable++;
        }

        return usable;
    }
}
