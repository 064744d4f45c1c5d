namespace ProcurementSim.Analysis.Summary;

/// <summary>
/// Scenario discovery's second method for one strategy: a classification tree (CART, Breiman et al. 1984) on the fail
/// condition, its densest leaves given as boxes.
/// </summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Condition">The fail condition.</param>
/// <param name="CasesOfInterest">Runs meeting the condition.</param>
/// <param name="Runs">Runs of the strategy.</param>
/// <param name="Leaves">Leaves of the tree (0 when no run or every run met the condition).</param>
/// <param name="Boxes">
/// The leaves denser than the share of cases among all runs, densest first, at most three; <see cref="PrimBox.Step"/> is
/// the leaf's place among the leaves from left to right. A run is inside when each input's value is above its
/// <see cref="BoxLimit.Low"/> and at or below its <see cref="BoxLimit.High"/>; a side no split cuts is −∞ or +∞.
/// </param>
public sealed record CartResult(string Strategy, string Condition, int CasesOfInterest, int Runs, int Leaves, IReadOnlyList<PrimBox> Boxes);
