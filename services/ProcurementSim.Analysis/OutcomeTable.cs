using ProcurementSim.Analysis.Summary;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Analysis;

/// <summary>
/// The outcomes of an experiment, by column: for each state of the world (a sample and a replication, the unit of
/// common random numbers) every strategy's score and metrics, and the inputs sampled for that state. Rows arrive in
/// plan order (state by state, every strategy within a state), so what is computed from them never depends on how
/// many runs were played at once. About 8 bytes per metric, input and tick kept, per run.
/// </summary>
public sealed class OutcomeTable
{
    private readonly List<double>[][] _metrics;   // [strategy][metric 0 = score, 1.. = MetricNames.All] → per state
    private readonly List<double>[] _inputs;      // [input] → per state
    private readonly List<double[]>[] _capability; // [strategy] → per state, weekly capability (when kept)
    private int _pendingStrategy;

    /// <summary>An empty table.</summary>
    /// <param name="strategies">Strategy names, in play order.</param>
    /// <param name="inputs">Sampled inputs, in plan order (uncertainties then levers).</param>
    /// <param name="keepCapability">Keep each run's weekly capability for the fan chart.</param>
    public OutcomeTable(IReadOnlyList<string> strategies, IReadOnlyList<InputColumn> inputs, bool keepCapability)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(inputs);
        if (strategies.Count == 0) throw new ArgumentException("at least one strategy", nameof(strategies));
        Strategies = strategies;
        Inputs = inputs;
        KeepCapability = keepCapability;
        _metrics = [.. strategies.Select(_ => Enumerable.Range(0, Outcomes.Count).Select(_ => new List<double>()).ToArray())];
        _inputs = [.. inputs.Select(_ => new List<double>())];
        _capability = [.. strategies.Select(_ => new List<double[]>())];
    }

    /// <summary>The outcome columns: <c>score</c>, then every metric in <see cref="MetricNames.All"/> order.</summary>
    public static IReadOnlyList<string> Outcomes { get; } = ["score", .. MetricNames.All];

    /// <summary>Strategy names, in play order.</summary>
    public IReadOnlyList<string> Strategies { get; }

    /// <summary>The sampled inputs.</summary>
    public IReadOnlyList<InputColumn> Inputs { get; }

    /// <summary>Whether weekly capability is kept.</summary>
    public bool KeepCapability { get; }

    /// <summary>States with every strategy's outcome recorded (the last strategy's runs: a state is complete once it has played).</summary>
    public int States => _metrics[^1][0].Count;

    /// <summary>
    /// Adds the next run: strategy <paramref name="strategy"/> must be the next in play order (0 opens a new state,
    /// whose <paramref name="inputs"/> are recorded; later strategies of the state pass the same inputs).
    /// </summary>
    public void Add(int strategy, ReadOnlySpan<double> inputs, double score, RunMetrics metrics, IReadOnlyList<double>? capability)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (strategy != _pendingStrategy) throw new InvalidOperationException($"expected strategy {_pendingStrategy} next, got {strategy}");
        if (inputs.Length != _inputs.Length) throw new ArgumentException($"expected {_inputs.Length} inputs, got {inputs.Length}", nameof(inputs));
        if (strategy == 0)
        {
            for (var i = 0; i < inputs.Length; i++) _inputs[i].Add(inputs[i]);
        }
        var columns = _metrics[strategy];
        columns[0].Add(score);
        for (var m = 0; m < MetricNames.All.Count; m++) columns[m + 1].Add(metrics.Get(MetricNames.All[m]));
        if (KeepCapability) _capability[strategy].Add([.. capability ?? []]);
        _pendingStrategy = (strategy + 1) % Strategies.Count;
    }

    /// <summary>An outcome column of one strategy (index into <see cref="Outcomes"/>), one value per state.</summary>
    public IReadOnlyList<double> Outcome(int strategy, int outcome) => _metrics[strategy][outcome];

    /// <summary>An outcome column by name.</summary>
    public IReadOnlyList<double> Outcome(int strategy, string outcome)
    {
        var index = Array.IndexOf([.. Outcomes], outcome);
        return index >= 0 ? _metrics[strategy][index] : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not an outcome");
    }

    /// <summary>An input column, one value per state (NaN where a lever does not apply).</summary>
    public IReadOnlyList<double> Input(int input) => _inputs[input];

    /// <summary>The weekly capability of each run of a strategy (empty unless kept).</summary>
    public IReadOnlyList<double[]> Capability(int strategy) => _capability[strategy];
}
