namespace ProcurementSim.Analysis.Summary;

/// <summary>The Sobol indices of one outcome of one strategy.</summary>
/// <param name="Strategy">The strategy.</param>
/// <param name="Outcome"><c>score</c>, a metric name, or <c>fail</c> (the fail condition's share of a sample's replications).</param>
/// <param name="Rows">Base rows used: those whose every value is a number (a metric that does not apply is left out).</param>
/// <param name="Variance">V, the variance of the outcome over the A and B samples; 0 makes every index 0.</param>
/// <param name="Inputs">One entry per input that acts on the strategy, in plan input order.</param>
public sealed record SobolRanking(string Strategy, string Outcome, int Rows, double Variance, IReadOnlyList<SobolIndex> Inputs);
