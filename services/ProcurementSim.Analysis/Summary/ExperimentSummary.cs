namespace ProcurementSim.Analysis.Summary;

/// <summary>Everything compare.json, sweep.json and the experiment report show, computed from an <see cref="ProcurementSim.Analysis.OutcomeTable"/>.</summary>
/// <param name="Header">What was run.</param>
/// <param name="States">Number of states of the world (sample × replication); every strategy played each one.</param>
/// <param name="Strategies">One summary per strategy, in the order they were played.</param>
/// <param name="ParetoFront">Names of the Pareto-efficient strategies (capability up, cost down, breaches down, on means).</param>
/// <param name="Methods">The methods used, named with their references, one line each (the report prints them).</param>
/// <param name="Fan">Weekly capability bands per strategy (compare only; empty when not recorded).</param>
/// <param name="Scatter">A deterministic subsample of runs for the cost-vs-capability scatter.</param>
/// <param name="Discovery">PRIM boxes per strategy for the fail condition (sweep with --fail; else empty).</param>
/// <param name="Importance">Input importance per strategy and metric (sweep; else empty).</param>
/// <param name="KeptStates">When the states did not fit the outcome table's budget, the states kept (the sample scenario discovery used); null when every statistic is exact.</param>
/// <param name="Cart">Classification-tree boxes per strategy for the fail condition (sweep with --fail; else empty or null).</param>
/// <param name="Sobol">The Sobol indices (a sweep with the <c>sobol</c> design); else null.</param>
/// <param name="Runs">Per strategy, a deterministic subsample of runs for the parallel-coordinates plot (a sweep: with sampled inputs); else empty or null. Not written to sweep.json.</param>
public sealed record ExperimentSummary(
    ExperimentHeader Header,
    int States,
    IReadOnlyList<StrategySummary> Strategies,
    IReadOnlyList<string> ParetoFront,
    IReadOnlyList<string> Methods,
    IReadOnlyList<FanBand> Fan,
    IReadOnlyList<ScatterSeries> Scatter,
    IReadOnlyList<PrimResult> Discovery,
    IReadOnlyList<ImportanceRanking> Importance,
    int? KeptStates = null,
    IReadOnlyList<CartResult>? Cart = null,
    SobolResult? Sobol = null,
    IReadOnlyList<SampledRuns>? Runs = null);
