using Plotly.NET;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>
/// A horizontal box drawn from precomputed statistics: plotly.js takes q1, median, q3, the fences (here the Tukey
/// whiskers) and the mean as one-element arrays, so the page carries five numbers per box instead of every run.
/// </summary>
internal static class BoxTrace
{
    /// <param name="name">The box's name, already encoded for Plotly; also its category on the y axis.</param>
    /// <param name="stats">The statistics to draw.</param>
    /// <param name="color">Line colour.</param>
    /// <param name="fill">Box fill.</param>
    public static Trace2D Of(string name, MetricStats stats, string color, string fill) =>
        PlotObject.Trace(
            "box",
            ("name", name),
            ("orientation", "h"),
            ("y", new[] { name }),
            ("q1", PlotObject.Finite([stats.Q1])),
            ("median", PlotObject.Finite([stats.P50])),
            ("q3", PlotObject.Finite([stats.Q3])),
            ("lowerfence", PlotObject.Finite([stats.LowerWhisker])),
            ("upperfence", PlotObject.Finite([stats.UpperWhisker])),
            ("mean", PlotObject.Finite([stats.Mean])),
            ("boxmean", true),
            ("boxpoints", false),
            ("fillcolor", fill),
            ("line", PlotObject.Of(("color", color), ("width", 1.5))),
            ("whiskerwidth", 0.5),
            ("width", 0.6));
}
