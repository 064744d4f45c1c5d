using Plotly.NET;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>Weekly mission capability: per strategy a shaded P10–P90 band and the median line.</summary>
internal static class FanChart
{
    public const string Id = "exp-fan";
    private const int Height = 460;

    public static SizedFigure Figure(ExperimentView view)
    {
        var traces = new List<Trace>();
        foreach (var band in InRankOrder(view))
        {
            var name = PlotText.Encode(band.Strategy);
            var weeks = Enumerable.Range(0, band.P50.Count).ToArray();
            var color = view.Colors.Of(band.Strategy);
            // The band: the P90 edge, then the P10 edge filled up to it ("tonexty" fills to the trace before).
            traces.Add(Edge(name, weeks, band.P90, fill: null));
            traces.Add(Edge(name, weeks, band.P10, fill: view.Colors.Faded(band.Strategy, 0.08)));
            traces.Add(PlotObject.Trace(
                "scatter",
                ("name", name),
                ("legendgroup", name),
                ("mode", "lines"),
                ("x", weeks),
                ("y", PlotObject.Finite(band.P50)),
                ("line", PlotObject.Of(("color", color), ("width", 2))),
                ("hovertemplate", "%{y:.1%}")));
        }

        var legend = PlotObject.Of(("orientation", "h"), ("x", 0), ("y", -0.16), ("yanchor", "top"));
        var layout = ExperimentFigure.Layout(
            Height,
            ExperimentFigure.ValueAxis("week"),
            // Scaled to the bands rather than to [0, 1], so that strategies a few points apart stay apart.
            ExperimentFigure.ValueAxis("mission capability (share of demand served)", tickFormat: ".0%"),
            margin: (Top: 12, Right: 20, Bottom: 60, Left: 12),
            hoverMode: "x unified",
            legend: legend);
        return ExperimentFigure.Build(Id, Height, traces, layout, modeBar: true);
    }

    /// <summary>The bands in the page's strategy order (bands of strategies the table does not list last, as given).</summary>
    public static IReadOnlyList<FanBand> InRankOrder(ExperimentView view)
    {
        var order = view.Ranked.Select(s => s.Strategy).ToList();
        return [.. view.Summary.Fan
            .Select((band, i) => (band, i))
            .OrderBy(b => order.IndexOf(b.band.Strategy) is var r && r >= 0 ? r : order.Count + b.i)
            .Select(b => b.band)];
    }

    private static Trace2D Edge(string name, int[] weeks, IReadOnlyList<double> values, string? fill) =>
        PlotObject.Trace(
            "scatter",
            ("name", name),
            ("legendgroup", name),
            ("showlegend", false),
            ("mode", "lines"),
            ("x", weeks),
            ("y", PlotObject.Finite(values)),
            ("line", PlotObject.Of(("width", 0))),
            ("fill", fill is null ? null : "tonexty"),
            ("fillcolor", fill),
            ("hoverinfo", "skip"));
}
