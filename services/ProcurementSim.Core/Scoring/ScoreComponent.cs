namespace ProcurementSim.Core.Scoring;

/// <summary>One line of the score's breakdown.</summary>
/// <param name="Metric">Metric name.</param>
/// <param name="Value">Its raw value.</param>
/// <param name="Utility">Its normalised utility in [0, 1] (1 is best).</param>
/// <param name="Weight">The scenario's weight, normalised so that all weights sum to 1.</param>
/// <param name="Points">Contribution to the 0–100 score: 100 × weight × utility.</param>
public sealed record ScoreComponent(string Metric, double Value, double Utility, double Weight, double Points);
