namespace ProcurementSim.Analysis.Summary;

/// <summary>
/// Runs of one strategy for the parallel-coordinates plot: one axis per sampled input that can affect the strategy
/// (uncertainties, then its own levers, in plan order) and per outcome shown; each axis holds one value per run, in
/// the same order on every axis (the report only; not written to sweep.json).
/// </summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Runs">Runs shown (the length of every axis).</param>
/// <param name="Axes">Inputs, then outcomes, then <c>fail</c> (0 or 1) when a fail condition was given.</param>
public sealed record SampledRuns(string Strategy, int Runs, IReadOnlyList<SampledAxis> Axes);

/// <summary>One axis of <see cref="SampledRuns"/>.</summary>
/// <param name="Name">The input's name as in runs.csv, the outcome's, or <c>fail</c>.</param>
/// <param name="IsInput">A sampled input (else an outcome).</param>
/// <param name="Values">One finite value per run shown.</param>
/// <param name="Min">Low end of the axis: the input's lowest possible value, else the lowest value shown.</param>
/// <param name="Max">High end of the axis: the input's highest possible value, else the highest value shown.</param>
public sealed record SampledAxis(string Name, bool IsInput, IReadOnlyList<double> Values, double Min, double Max);
