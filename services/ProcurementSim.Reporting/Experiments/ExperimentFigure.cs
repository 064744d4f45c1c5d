using Plotly.NET;
using ProcurementSim.Reporting.Charts;
using FSharpChart = Plotly.NET.Chart;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>Turns an experiment chart's traces and layout into a figure for the page.</summary>
internal static class ExperimentFigure
{
    private const string Ink = "#1f2933";
    private const string Grid = "#e4e7eb";

    // As in ReportCharts: Plotly.NET's defaults (fixed width, large template) cost time and bytes; plotly.js's own look good.
    private const bool NoDefaults = false;

    /// <summary>The figure with id <paramref name="id"/>: the traces over <paramref name="layout"/> (made <paramref name="height"/> high), with the shared config.</summary>
    /// <param name="id">The div's fixed id.</param>
    /// <param name="height">The layout's height, which the div gets too.</param>
    /// <param name="traces">The traces.</param>
    /// <param name="layout">The layout.</param>
    /// <param name="modeBar">Show Plotly's tool bar (zoom, download); the small multiples go without, as it would cover them.</param>
    public static SizedFigure Build(string id, int height, IEnumerable<Trace> traces, Layout layout, bool modeBar = false)
    {
        var config = PlotSettings.Config();
        if (!modeBar)
        {
            config.SetProperty("displayModeBar", false);
        }

        var chart = GenericChart.ofTraceObjects(NoDefaults, traces);
        chart = FSharpChart.withLayout(layout).Invoke(chart);
        chart = FSharpChart.withConfig(config).Invoke(chart);
        return new SizedFigure(ChartFigure.From(id, chart), height);
    }

    /// <summary>
    /// The experiment figures' layout: fixed height (the div's), small margins (titles are the page's captions),
    /// the page's ink, and the given axes.
    /// </summary>
    public static Layout Layout(
        int height, DynamicObj.DynamicObj xAxis, DynamicObj.DynamicObj yAxis,
        (int Top, int Right, int Bottom, int Left) margin, string hoverMode = "closest", DynamicObj.DynamicObj? legend = null,
        IEnumerable<DynamicObj.DynamicObj>? annotations = null, IEnumerable<DynamicObj.DynamicObj>? shapes = null) =>
        PlotObject.Layout(
            ("height", height),
            ("margin", PlotObject.Of(("t", margin.Top), ("r", margin.Right), ("b", margin.Bottom), ("l", margin.Left))),
            ("font", PlotObject.Of(("size", 12), ("color", Ink))),
            ("hovermode", hoverMode),
            ("showlegend", legend is not null),
            ("legend", legend),
            ("xaxis", xAxis),
            ("yaxis", yAxis),
            ("annotations", annotations?.ToArray()),
            ("shapes", shapes?.ToArray()));

    /// <summary>A numeric axis with a light grid.</summary>
    public static DynamicObj.DynamicObj ValueAxis(string? title, (double Min, double Max)? range = null, string? tickFormat = null) =>
        PlotObject.Of(
            ("title", title is null ? null : PlotObject.Title(title)),
            ("range", range is { } r ? new[] { r.Min, r.Max } : null),
            ("tickformat", tickFormat),
            ("gridcolor", Grid),
            ("zeroline", false),
            ("automargin", true));

    /// <summary>A category axis listing <paramref name="categories"/> top to bottom (a y axis) or left to right.</summary>
    public static DynamicObj.DynamicObj CategoryAxis(IReadOnlyList<string> categories, bool topToBottom) =>
        PlotObject.Of(
            ("type", "category"),
            ("categoryorder", "array"),
            ("categoryarray", categories.ToArray()),
            ("autorange", topToBottom ? "reversed" : null),
            ("automargin", true),
            ("ticks", ""),
            ("showgrid", false));
}
