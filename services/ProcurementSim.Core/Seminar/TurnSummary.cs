using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scoring;

namespace ProcurementSim.Core.Seminar;

/// <summary>The score and metrics at the end of a turn, over the weeks played so far (the recorder's partial result).</summary>
/// <param name="Turn">The turn (1-based).</param>
/// <param name="LastWeek">Its last week.</param>
/// <param name="Score">Composite score so far, 0–100.</param>
/// <param name="Metrics">Metrics so far.</param>
/// <param name="Breakdown">How the score is made so far.</param>
public sealed record TurnSummary(int Turn, int LastWeek, double Score, RunMetrics Metrics, IReadOnlyList<ScoreComponent> Breakdown);
