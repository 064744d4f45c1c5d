using ProcurementSim.Analysis.Robustness;
using ProcurementSim.Analysis.Statistics;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Core.Experiments.Conditions;

namespace ProcurementSim.Analysis.Streaming;

/// <summary>
/// Everything the summary needs from an experiment too large to keep every run, accumulated state by state in plan
/// order in bounded memory: per strategy and outcome a <see cref="StreamingColumn"/>, regret, the satisficing share,
/// the scatter's points and means, and per strategy and week a capability sketch for the fan chart.
/// </summary>
internal sealed class StreamingOutcomes
{
    private readonly IReadOnlyList<string> _outcomes;
    private readonly StreamingColumn[][] _columns;           // [strategy][outcome]
    private readonly QuantileSketch[][] _capability;         // [strategy][week]
    private readonly RegretAccumulator _regret;
    private readonly IReadOnlyList<Condition> _satisficing;
    private readonly long[] _satisficed;
    private readonly ScatterThinning[] _scatter;
    private readonly Dictionary<string, int> _index;

    /// <param name="strategies">Strategies, in play order.</param>
    /// <param name="outcomes">Outcome names (score first), the order of each run's outcome values.</param>
    /// <param name="weeks">Weeks of capability kept per run (0: none).</param>
    /// <param name="satisficing">The satisficing criteria.</param>
    /// <param name="cost">Index of total cost among the outcomes (scatter x).</param>
    /// <param name="capability">Index of mean mission capability among the outcomes (scatter y).</param>
    public StreamingOutcomes(int strategies, IReadOnlyList<string> outcomes, int weeks, IReadOnlyList<Condition> satisficing, int cost, int capability)
    {
        _outcomes = outcomes;
        _columns = [.. Enumerable.Range(0, strategies).Select(_ => outcomes.Select(_ => new StreamingColumn()).ToArray())];
        _capability = [.. Enumerable.Range(0, strategies).Select(_ => Enumerable.Range(0, weeks).Select(_ => new QuantileSketch()).ToArray())];
        _regret = new RegretAccumulator(strategies);
        _satisficing = satisficing;
        _satisficed = new long[strategies];
        _scatter = [.. Enumerable.Range(0, strategies).Select(_ => new ScatterThinning(cost, capability))];
        _index = outcomes.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>States added.</summary>
    public long States { get; private set; }

    /// <summary>Adds one state: <paramref name="outcomes"/>[strategy][outcome] and, when kept, weekly capability[strategy].</summary>
    public void Add(IReadOnlyList<double[]> outcomes, IReadOnlyList<double[]>? capability)
    {
        for (var k = 0; k < _columns.Length; k++)
        {
            var values = outcomes[k];
            for (var o = 0; o < values.Length; o++) _columns[k][o].Add(values[o]);
            if (_satisficing.All(c => c.IsMet(name => values[_index[name]]))) _satisficed[k]++;
            _scatter[k].Add(States, values);
            if (capability is not null)
            {
                var weeks = Math.Min(capability[k].Length, _capability[k].Length);
                for (var t = 0; t < weeks; t++) _capability[k][t].Add(capability[k][t]);
            }
        }
        _regret.Add(k => outcomes[k][0]);
        States++;
    }

    /// <summary>The statistics of outcome <paramref name="outcome"/> of strategy <paramref name="strategy"/>.</summary>
    public MetricStats Stats(int strategy, int outcome) => _columns[strategy][outcome].Stats(_outcomes[outcome]);

    /// <summary>Regret and probability of being best, per strategy.</summary>
    public RegretMeasures[] Regret() => _regret.Measures();

    /// <summary>The share of states in which every satisficing criterion held.</summary>
    public double Satisficing(int strategy) => States == 0 ? double.NaN : (double)_satisficed[strategy] / States;

    /// <summary>The scatter series of a strategy.</summary>
    public ScatterSeries Scatter(int strategy, string name) => _scatter[strategy].Series(name);

    /// <summary>The capability fan of a strategy: per week, P10, median and P90 from the sketches.</summary>
    public FanBand Fan(int strategy, string name)
    {
        var weeks = _capability[strategy];
        return new FanBand(name,
            [.. weeks.Select(w => w.Quantile(0.1))], [.. weeks.Select(w => w.Quantile(0.5))], [.. weeks.Select(w => w.Quantile(0.9))]);
    }
}
