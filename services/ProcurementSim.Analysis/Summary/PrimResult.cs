namespace ProcurementSim.Analysis.Summary;

/// <summary>
/// Scenario discovery for one strategy (PRIM, Friedman and Fisher 1999): the box of inputs in which the fail
/// condition is concentrated, and the peeling trajectory it was chosen from.
/// </summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Condition">The fail condition.</param>
/// <param name="CasesOfInterest">Runs meeting the condition.</param>
/// <param name="Runs">Runs of the strategy.</param>
/// <param name="Box">The chosen box, or null when no run met the condition (or every run did).</param>
/// <param name="Trajectory">Coverage, density and mass after each peel, from the whole space on.</param>
public sealed record PrimResult(string Strategy, string Condition, int CasesOfInterest, int Runs, PrimBox? Box, IReadOnlyList<PrimStep> Trajectory);

/// <summary>A PRIM box.</summary>
/// <param name="Coverage">Share of all cases of interest that fall in the box.</param>
/// <param name="Density">Share of the runs in the box that are cases of interest.</param>
/// <param name="Mass">Share of all runs in the box.</param>
/// <param name="Limits">One per input, restricted or not.</param>
public sealed record PrimBox(double Coverage, double Density, double Mass, IReadOnlyList<BoxLimit> Limits);

/// <summary>An input's range in a box.</summary>
/// <param name="Input">Input name.</param>
/// <param name="Low">Lowest value inside.</param>
/// <param name="High">Highest value inside.</param>
/// <param name="Restricted">True when the box cuts the input's range.</param>
public sealed record BoxLimit(string Input, double Low, double High, bool Restricted);

/// <summary>One point of the peeling trajectory.</summary>
public sealed record PrimStep(int Step, double Coverage, double Density, double Mass, int RestrictedInputs);
