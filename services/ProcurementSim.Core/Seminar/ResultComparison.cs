using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Results;

namespace ProcurementSim.Core.Seminar;

/// <summary>Two results side by side (the debrief's branch comparison): score and every scored metric.</summary>
/// <param name="LabelA">Name of the first result (e.g. "as played").</param>
/// <param name="LabelB">Name of the second (e.g. "fork at turn 3").</param>
/// <param name="ScoreA">First score.</param>
/// <param name="ScoreB">Second score.</param>
/// <param name="Metrics">Each metric of <see cref="MetricNames.All"/>, in that order.</param>
public sealed record ResultComparison(string LabelA, string LabelB, double ScoreA, double ScoreB, IReadOnlyList<MetricComparison> Metrics)
{
    /// <summary>Compares two results.</summary>
    public static ResultComparison Compare(RunResult a, string labelA, RunResult b, string labelB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new ResultComparison(labelA, labelB, a.Score, b.Score,
            [.. MetricNames.All.Select(m => new MetricComparison(m, a.Metrics.Get(m), b.Metrics.Get(m), b.Metrics.Get(m) - a.Metrics.Get(m)))]);
    }
}
