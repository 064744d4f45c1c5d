namespace ProcurementSim.Analysis.Summary;

/// <summary>
/// Scenario discovery for one strategy (PRIM, Friedman and Fisher 1999): the box of inputs in which the fail
/// condition is concentrated, and the peeling and pasting trajectory it was chosen from.
/// </summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Condition">The fail condition.</param>
/// <param name="CasesOfInterest">Runs meeting the condition.</param>
/// <param name="Runs">Runs of the strategy.</param>
/// <param name="Box">The chosen box, or null when no run met the condition (or every run did).</param>
/// <param name="Trajectory">Coverage, density and mass after each peel and each paste, from the whole space on.</param>
public sealed record PrimResult(string Strategy, string Condition, int CasesOfInterest, int Runs, PrimBox? Box, IReadOnlyList<PrimStep> Trajectory);

/// <summary>A PRIM box.</summary>
/// <param name="Coverage">Share of all cases of interest that fall in the box.</param>
/// <param name="Density">Share of the runs in the box that are cases of interest.</param>
/// <param name="Mass">Share of all runs in the box.</param>
/// <param name="Limits">One per input, restricted or not.</param>
/// <param name="Step">The box's position in the trajectory.</param>
public sealed record PrimBox(double Coverage, double Density, double Mass, IReadOnlyList<BoxLimit> Limits, int Step = 0);

/// <summary>An input's range in a box, with the statistics the EMA Workbench reports for it.</summary>
/// <param name="Input">Input name.</param>
/// <param name="Low">Lower limit: runs with a value at or above it are inside (a peel's quantile, so not always a sampled value).</param>
/// <param name="High">Upper limit: runs with a value at or below it are inside.</param>
/// <param name="Restricted">True when a limit differs from the input's lowest or highest sampled value.</param>
/// <param name="QuasiPLow">
/// Quasi-p-value of the lower limit (Bryant and Lempert 2010): the one-sided binomial probability of at least the box's
/// cases of interest among its runs, at the density of the box with that limit dropped; null when the lower limit is not restricted.
/// </param>
/// <param name="QuasiPHigh">The same for the upper limit.</param>
/// <param name="ReproduceCoverage">
/// Share of the resampled PRIM searches (on random halves of the runs) whose box nearest in coverage restricts this input, in [0, 1].
/// </param>
/// <param name="ReproduceDensity">The same for the box nearest in density.</param>
public sealed record BoxLimit(
    string Input, double Low, double High, bool Restricted,
    double? QuasiPLow = null, double? QuasiPHigh = null, double? ReproduceCoverage = null, double? ReproduceDensity = null);

/// <summary>One point of the trajectory.</summary>
/// <param name="Step">Position, 0 for the whole space.</param>
/// <param name="Coverage">Share of all cases of interest inside.</param>
/// <param name="Density">Share of the runs inside that are cases of interest.</param>
/// <param name="Mass">Share of all runs inside.</param>
/// <param name="RestrictedInputs">Inputs restricted.</param>
/// <param name="Pasted">True for a box made by pasting (after the last peel).</param>
public sealed record PrimStep(int Step, double Coverage, double Density, double Mass, int RestrictedInputs, bool Pasted = false);
