using ProcurementSim.Analysis.Rows;
using ProcurementSim.Analysis.Sensitivity;
using ProcurementSim.Analysis.Statistics;
using ProcurementSim.Analysis.Streaming;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Analysis;

/// <summary>
/// The outcomes of an experiment in bounded memory. Rows arrive in plan order (state by state, every strategy within
/// a state), so what is computed from them never depends on how many runs were played at once. The table keeps every
/// complete state (its inputs, every strategy's score and metrics, and weekly capability when asked) while they fit
/// the budget of <see cref="BudgetValues"/> numbers; the summary is then computed from all of them, exactly. Past the
/// budget it streams: every state still feeds the running statistics, quantile sketches, regret and satisficing
/// counts of <see cref="StreamingOutcomes"/>, while the kept states become a uniform random sample of all states
/// (reservoir sampling) for scenario discovery. Memory stays flat however many states are played.
/// </summary>
public sealed class OutcomeTable
{
    /// <summary>Numbers kept before the table streams: 2 million (16 MB).</summary>
    public const long DefaultBudgetValues = 2_000_000;

    /// <summary>The relative accuracy of the quantiles once the table streams (docs/MODEL.md §13.10).</summary>
    public const double SketchRelativeAccuracy = QuantileSketch.RelativeAccuracy;

    private readonly List<double>[][] _metrics;   // [strategy][outcome] → per kept state
    private readonly List<double>[] _inputs;      // [input] → per kept state
    private readonly List<double[]>[] _capability; // [strategy] → per kept state, weekly capability (when kept)
    private readonly double[][] _pending;          // [strategy][outcome] of the state being added
    private readonly double[]?[] _pendingCapability;
    private readonly double[] _pendingInputs;
    private readonly AnalysisOptions? _analysis;
    private int _pendingStrategy;

    /// <summary>An empty table.</summary>
    /// <param name="strategies">Strategy names, in play order.</param>
    /// <param name="inputs">Sampled inputs, in plan order (uncertainties then levers).</param>
    /// <param name="keepCapability">Keep each run's weekly capability for the fan chart.</param>
    /// <param name="analysis">The analysis options: required once the table streams (its satisficing counts need the criteria).</param>
    /// <param name="budgetValues">Numbers kept before the table streams.</param>
    public OutcomeTable(IReadOnlyList<string> strategies, IReadOnlyList<InputColumn> inputs, bool keepCapability,
        AnalysisOptions? analysis = null, long budgetValues = DefaultBudgetValues)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(inputs);
        if (strategies.Count == 0) throw new ArgumentException("at least one strategy", nameof(strategies));
        ArgumentOutOfRangeException.ThrowIfLessThan(budgetValues, 1);
        Strategies = strategies;
        Inputs = inputs;
        KeepCapability = keepCapability;
        BudgetValues = budgetValues;
        _analysis = analysis;
        _metrics = [.. strategies.Select(_ => Enumerable.Range(0, Outcomes.Count).Select(_ => new List<double>()).ToArray())];
        _inputs = [.. inputs.Select(_ => new List<double>())];
        _capability = [.. strategies.Select(_ => new List<double[]>())];
        _pending = [.. strategies.Select(_ => new double[Outcomes.Count])];
        _pendingCapability = new double[]?[strategies.Count];
        _pendingInputs = new double[inputs.Count];
        if (analysis?.Sobol is { } sobol) Sobol = new SobolAccumulator(sobol, strategies.Count, analysis.Fail);
    }

    /// <summary>The outcome columns: <c>score</c>, then every metric in <see cref="MetricNames.All"/> order.</summary>
    public static IReadOnlyList<string> Outcomes => RunRow.Names;

    /// <summary>Strategy names, in play order.</summary>
    public IReadOnlyList<string> Strategies { get; }

    /// <summary>The sampled inputs.</summary>
    public IReadOnlyList<InputColumn> Inputs { get; }

    /// <summary>Whether weekly capability is kept.</summary>
    public bool KeepCapability { get; }

    /// <summary>Numbers the table keeps before it streams.</summary>
    public long BudgetValues { get; }

    /// <summary>States with every strategy's outcome recorded.</summary>
    public int States { get; private set; }

    /// <summary>States kept: all of them while they fit the budget, else a uniform random sample of them.</summary>
    public int KeptStates => _metrics[0][0].Count;

    /// <summary>Most states kept (known once the first state is added: it depends on the weeks of capability).</summary>
    public int KeptLimit { get; private set; }

    /// <summary>Whether every state is kept, so the summary is exact.</summary>
    public bool Exact => Streaming is null;

    /// <summary>The streaming statistics, once the states no longer fit the budget; null until then.</summary>
    internal StreamingOutcomes? Streaming { get; private set; }

    /// <summary>What the Sobol indices need, kept whole beside the budget; null unless the options ask for them.</summary>
    internal SobolAccumulator? Sobol { get; }

    /// <summary>The analysis options the table was built with (those a streaming table's counts used).</summary>
    internal AnalysisOptions? Analysis => _analysis;

    /// <summary>
    /// Adds the next run: strategy <paramref name="strategy"/> must be the next in play order (0 opens a new state,
    /// whose <paramref name="inputs"/> are recorded; later strategies of the state pass the same inputs).
    /// </summary>
    public void Add(int strategy, ReadOnlySpan<double> inputs, double score, RunMetrics metrics, IReadOnlyList<double>? capability)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        Span<double> outcomes = stackalloc double[Outcomes.Count];
        outcomes[0] = score;
        for (var m = 0; m < MetricNames.All.Count; m++) outcomes[m + 1] = metrics.Get(MetricNames.All[m]);
        Add(strategy, inputs, outcomes, capability);
    }

    /// <summary>
    /// Adds the next run with its outcome values in <see cref="Outcomes"/> order (score first; NaN where a metric does
    /// not apply); the same rules as the other overload.
    /// </summary>
    public void Add(int strategy, ReadOnlySpan<double> inputs, ReadOnlySpan<double> outcomes, IReadOnlyList<double>? capability)
    {
        if (strategy != _pendingStrategy) throw new InvalidOperationException($"expected strategy {_pendingStrategy} next, got {strategy}");
        if (inputs.Length != _inputs.Length) throw new ArgumentException($"expected {_inputs.Length} inputs, got {inputs.Length}", nameof(inputs));
        if (outcomes.Length != Outcomes.Count) throw new ArgumentException($"expected {Outcomes.Count} outcomes, got {outcomes.Length}", nameof(outcomes));
        if (strategy == 0) inputs.CopyTo(_pendingInputs);
        outcomes.CopyTo(_pending[strategy]);
        _pendingCapability[strategy] = KeepCapability ? [.. capability ?? []] : null;
        _pendingStrategy = (strategy + 1) % Strategies.Count;
        if (_pendingStrategy == 0) Commit();
    }

    /// <summary>Adds every run of the next state.</summary>
    public void Add(StateRow state)
    {
        ArgumentNullException.ThrowIfNull(state);
        for (var k = 0; k < state.Runs.Length; k++) Add(k, state.Inputs, state.Runs[k].Outcomes, state.Runs[k].Capability);
    }

    /// <summary>An outcome column of one strategy (index into <see cref="Outcomes"/>), one value per kept state.</summary>
    public IReadOnlyList<double> Outcome(int strategy, int outcome) => _metrics[strategy][outcome];

    /// <summary>An outcome column by name.</summary>
    public IReadOnlyList<double> Outcome(int strategy, string outcome)
    {
        var index = IndexOf(outcome);
        return index >= 0 ? _metrics[strategy][index] : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not an outcome");
    }

    /// <summary>An input column, one value per kept state (NaN where a lever does not apply).</summary>
    public IReadOnlyList<double> Input(int input) => _inputs[input];

    /// <summary>The weekly capability of each kept run of a strategy (empty unless kept).</summary>
    public IReadOnlyList<double[]> Capability(int strategy) => _capability[strategy];

    /// <summary>The index of an outcome in <see cref="Outcomes"/>, or −1.</summary>
    public static int IndexOf(string outcome)
    {
        for (var i = 0; i < Outcomes.Count; i++)
        {
            if (Outcomes[i] == outcome) return i;
        }
        return -1;
    }

    private void Commit()
    {
        if (States == 0) KeptLimit = Limit();
        if (Streaming is null && States == KeptLimit) StartStreaming();
        Streaming?.Add(_pending, KeepCapability ? [.. _pendingCapability.Select(c => c!)] : null);

        var slot = Streaming is null ? KeptStates : Reservoir.Slot(States, KeptLimit);
        if (slot >= 0) Keep(slot);
        Sobol?.Add(States, _pending);
        States++;
    }

    // The states that fit: the budget over the numbers one state holds (at least one state).
    private int Limit()
    {
        var weeks = KeepCapability ? _pendingCapability.Max(c => c!.Length) : 0;
        var perState = _inputs.Length + (long)Strategies.Count * (Outcomes.Count + weeks);
        return (int)Math.Clamp(BudgetValues / Math.Max(1, perState), 1, int.MaxValue / 2);
    }

    // The states no longer fit: the streaming statistics take over, fed first with every state kept so far, in order.
    private void StartStreaming()
    {
        if (_analysis is null) throw new InvalidOperationException("an outcome table past its budget needs the analysis options");
        var weeks = KeepCapability ? _capability.Max(c => c.Count == 0 ? 0 : c.Min(r => r.Length)) : 0;
        var streaming = new StreamingOutcomes(Strategies.Count, Outcomes, weeks, _analysis.Satisficing,
            IndexOf(MetricNames.TotalCost), IndexOf(MetricNames.MissionCapabilityMean));
        for (var s = 0; s < KeptStates; s++)
        {
            streaming.Add(
                [.. Enumerable.Range(0, Strategies.Count).Select(k => _metrics[k].Select(column => column[s]).ToArray())],
                KeepCapability ? [.. Enumerable.Range(0, Strategies.Count).Select(k => _capability[k][s])] : null);
        }
        Streaming = streaming;
    }

    private void Keep(int slot)
    {
        var append = slot == KeptStates;
        for (var i = 0; i < _inputs.Length; i++) Set(_inputs[i], slot, _pendingInputs[i], append);
        for (var k = 0; k < Strategies.Count; k++)
        {
            for (var o = 0; o < Outcomes.Count; o++) Set(_metrics[k][o], slot, _pending[k][o], append);
            if (KeepCapability) Set(_capability[k], slot, _pendingCapability[k]!, append);
        }
    }

    private static void Set<T>(List<T> column, int slot, T value, bool append)
    {
        if (append) column.Add(value);
        else column[slot] = value;
    }
}
