namespace ProcurementSim.Analysis.Summary;

/// <summary>A confidence interval.</summary>
/// <param name="Level">Confidence level, e.g. 0.9.</param>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
public sealed record Interval(double Level, double Low, double High);
