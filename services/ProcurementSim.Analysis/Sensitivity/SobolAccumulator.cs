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
    /// <summary>
    /// Most per-row terms held at once while resampling: 131,072 numbers (1 MB), so that the thousand passes over them
    /// read a processor cache rather than memory (settable so that tests can force chunks).
    /// </summary>
    public long TermsBudget { get; init; } = 131_072;

    // The resamples' row counts are kept across chunks up to this many numbers (16 MB); past it each chunk draws them again.
    private const long CountsBudget = 4_000_000;

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

        var varied = layout.Inputs;
        var stride = SobolEstimator.Quantities(varied);
        var first = new double[series.Count][];
        var total = new double[series.Count][];
        var variance = new double[series.Count];
        var used = new int[series.Count];
        var resampledFirst = new double[series.Count][][];
        var resampledTotal = new double[series.Count][][];
        for (var s = 0; s < series.Count; s++)
        {
            (first[s], total[s]) = (new double[varied], new double[varied]);
            resampledFirst[s] = [.. Enumerable.Range(0, varied).Select(_ => new double[_options.Resamples])];
            resampledTotal[s] = [.. Enumerable.Range(0, varied).Select(_ => new double[_options.Resamples])];
        }

        // The outputs go in chunks whose terms fit TermsBudget numbers; every chunk replays the same resamples.
        var perChunk = (int)Math.Clamp(TermsBudget / Math.Max(1L, (long)rows * stride), 1, series.Count);
        var keep = (long)rows * _options.Resamples <= CountsBudget;
        var kept = keep ? new int[_options.Resamples][] : null;
        var drawn = new int[rows];
        var (f, t) = (new double[varied], new double[varied]);
        for (var from = 0; from < series.Count; from += perChunk)
        {
            var chunk = Math.Min(perChunk, series.Count - from);
            var width = chunk * stride;
            var terms = new double[(long)rows * width];
            var sums = new double[width];
            for (var s = 0; s < chunk; s++) SobolEstimator.Terms(series[from + s].Values, varied, terms, width, s * stride);

            SobolEstimator.Sum(terms, width, [], sums);
            for (var s = 0; s < chunk; s++)
            {
                var own = sums.AsSpan(s * stride, stride);
                variance[from + s] = SobolEstimator.Indices(own, varied, first[from + s], total[from + s]);
                used[from + s] = (int)own[0];
            }

            if (rows == 0) continue;
            for (var b = 0; b < _options.Resamples; b++)
            {
                int[] counts;
                if (kept is not null && kept[b] is { } known)
                {
                    counts = known;
                }
                else
                {
                    counts = kept is null ? drawn : kept[b] = new int[rows];
                    SobolBootstrap.Counts(_options.Seed, b, counts);
                }

                SobolEstimator.Sum(terms, width, counts, sums);
                for (var s = 0; s < chunk; s++)
                {
                    SobolEstimator.Indices(sums.AsSpan(s * stride, stride), varied, f, t);
                    for (var i = 0; i < varied; i++) (resampledFirst[from + s][i][b], resampledTotal[from + s][i][b]) = (f[i], t[i]);
                }
            }
        }

        var rankings = new List<SobolRanking>();
        for (var s = 0; s < series.Count; s++)
        {
            var (k, o, _) = series[s];
            var indices = new List<SobolIndex>();
            for (var i = 0; i < varied; i++)
            {
                // A lever of another strategy leaves this one's runs as they are: not listed (as in the importance ranking).
                if (inputs[i].Strategy is { } owner && owner != strategies[k]) continue;
                var (fl, fh) = rows > 0 ? SobolBootstrap.Interval(resampledFirst[s][i], _options.Level) : (double.NaN, double.NaN);
                var (tl, th) = rows > 0 ? SobolBootstrap.Interval(resampledTotal[s][i], _options.Level) : (double.NaN, double.NaN);
                indices.Add(new SobolIndex(inputs[i].Name, first[s][i], fl, fh, total[s][i], tl, th));
            }

            rankings.Add(new SobolRanking(strategies[k], names[o], used[s], variance[s], indices));
        }

        return new SobolResult(layout.BaseRows, rows, _options.Resamples, _options.Level, rankings);
    }
}
