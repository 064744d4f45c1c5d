using Plotly.NET;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>
/// Cost against capability: each strategy's sampled runs (faint), its mean (a large diamond), and the Pareto front
/// drawn through the efficient strategies' means in order of cost, each labelled.
/// </summary>
internal static class ParetoScatter
{
    public const string Id = "exp-pareto";
    private const string Ink = "#1f2933";
    private const int Height = 520;

    public static SizedFigure Figure(ExperimentView view)
    {
        var series = InRankOrder(view);
        var traces = new List<Trace>();
        foreach (var s in series)
        {
            var name = PlotText.Encode(s.Strategy);
            traces.Add(PlotObject.Trace(
                "scatter",
                ("name", name),
                ("legendgroup", name),
                ("showlegend", false),
                ("mode", "markers"),
                ("x", PlotObject.Finite(s.TotalCost)),
                ("y", PlotObject.Finite(s.Capability)),
                ("marker", PlotObject.Of(("color", view.Colors.Faded(s.Strategy, 0.3)), ("size", 5))),
                ("hovertemplate", "run: cost %{x:,.0f}, capability %{y:.3f}")));
        }

        foreach (var s in series)
        {
            var name = PlotText.Encode(s.Strategy);
            traces.Add(PlotObject.Trace(
                "scatter",
                ("name", name),
                ("legendgroup", name),
                ("mode", "markers"),
                ("x", PlotObject.Finite([s.MeanCost])),
                ("y", PlotObject.Finite([s.MeanCapability])),
                ("marker", PlotObject.Of(
                    ("color", view.Colors.Of(s.Strategy)), ("size", 15), ("symbol", "diamond"),
                    ("line", PlotObject.Of(("color", Ink), ("width", 1.5))))),
                ("hovertemplate", "mean: cost %{x:,.0f}, capability %{y:.3f}")));
        }

        var front = Front(view);
        if (front.Count > 0)
        {
            traces.Add(PlotObject.Trace(
                "scatter",
                ("name", "Pareto front"),
                ("mode", "lines"),
                ("x", PlotObject.Finite(front.Select(f => f.MeanCost))),
                ("y", PlotObject.Finite(front.Select(f => f.MeanCapability))),
                ("line", PlotObject.Of(("color", Ink), ("width", 1.5), ("dash", "dash"))),
                ("hoverinfo", "skip")));
        }

        var legend = PlotObject.Of(("orientation", "h"), ("x", 0), ("y", -0.14), ("yanchor", "top"));
        var layout = ExperimentFigure.Layout(
            Height,
            ExperimentFigure.ValueAxis("total cost"),
            ExperimentFigure.ValueAxis("mission capability (mean over weeks)"),
            margin: (Top: 16, Right: 20, Bottom: 60, Left: 12),
            legend: legend,
            annotations: front.Select((f, i) => Label(f, i)));
        return ExperimentFigure.Build(Id, Height, traces, layout, modeBar: true);
    }

    /// <summary>The efficient strategies' series, by mean cost (then higher capability, then name).</summary>
    public static IReadOnlyList<ScatterSeries> Front(ExperimentView view)
    {
        var efficient = view.Summary.ParetoFront.ToHashSet(StringComparer.Ordinal);
        return [.. view.Summary.Scatter
            .Where(s => efficient.Contains(s.Strategy) && double.IsFinite(s.MeanCost) && double.IsFinite(s.MeanCapability))
            .OrderBy(s => s.MeanCost)
            .ThenByDescending(s => s.MeanCapability)
            .ThenBy(s => s.Strategy, StringComparer.Ordinal)];
    }

    private static IReadOnlyList<ScatterSeries> InRankOrder(ExperimentView view)
    {
        var order = view.Ranked.Select(s => s.Strategy).ToList();
        return [.. view.Summary.Scatter
            .Select((series, i) => (series, i))
            .OrderBy(s => order.IndexOf(s.series.Strategy) is var r && r >= 0 ? r : order.Count + s.i)
            .Select(s => s.series)];
    }

    // Labels alternate above and below their point, so that neighbours on the front do not overlap.
    private static DynamicObj.DynamicObj Label(ScatterSeries s, int index) =>
        PlotObject.Of(
            ("x", s.MeanCost),
            ("y", s.MeanCapability),
            ("text", PlotText.Encode(s.Strategy)),
            ("showarrow", true),
            ("arrowhead", 0),
            ("arrowcolor", Ink),
            ("ax", 0),
            ("ay", index % 2 == 0 ? -34 : 34),
            ("bgcolor", "rgba(255,255,255,0.85)"),
            ("font", PlotObject.Of(("size", 12), ("color", Ink))));
}
