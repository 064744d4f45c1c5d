namespace ProcurementSim.Analysis.Summary;

/// <summary>One strategy over every state of the world.</summary>
/// <param name="Strategy">Name.</param>
/// <param name="Runs">Runs played.</param>
/// <param name="Metrics">Statistics of <c>score</c> first, then each metric in <c>MetricNames.All</c> order.</param>
/// <param name="ScoreMeanInterval">Confidence interval on the mean score (Student t).</param>
/// <param name="Rank">1 = highest mean score (ties: lower name first).</param>
/// <param name="ProbabilityBest">Share of states in which it scored highest (ties shared equally).</param>
/// <param name="MaxRegret">Largest regret over the states (best score in the state minus its score).</param>
/// <param name="MeanRegret">Mean regret.</param>
/// <param name="Satisficing">Share of states meeting every satisficing criterion.</param>
/// <param name="ParetoEfficient">True when no other strategy is at least as good on capability, cost and breaches and better on one.</param>
public sealed record StrategySummary(
    string Strategy,
    int Runs,
    IReadOnlyList<MetricStats> Metrics,
    Interval ScoreMeanInterval,
    int Rank,
    double ProbabilityBest,
    double MaxRegret,
    double MeanRegret,
    double Satisficing,
    bool ParetoEfficient);
