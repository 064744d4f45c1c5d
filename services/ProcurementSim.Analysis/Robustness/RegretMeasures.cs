namespace ProcurementSim.Analysis.Robustness;

/// <summary>One strategy's regret over the states of the world and its probability of being the best.</summary>
/// <param name="Max">Largest regret (Savage's minimax criterion minimises it).</param>
/// <param name="Mean">Mean regret.</param>
/// <param name="ProbabilityBest">Share of states in which it scored highest, a tie of k strategies giving each 1/k.</param>
internal sealed record RegretMeasures(double Max, double Mean, double ProbabilityBest);
