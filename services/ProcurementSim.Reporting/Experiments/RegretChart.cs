using Plotly.NET;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>Max and mean regret per strategy, as grouped horizontal bars, best rank on top.</summary>
internal static class RegretChart
{
    public const string Id = "exp-regret";
    private const int RowHeight = 40;
    private const int Margins = 90;

    public static SizedFigure Figure(ExperimentView view)
    {
        var names = view.Ranked.Select(s => PlotText.Encode(s.Strategy)).ToArray();
        Trace[] traces =
        [
            Bars("Max regret", names, view.Ranked.Select(s => s.MaxRegret), "#3e4c59"),
            Bars("Mean regret", names, view.Ranked.Select(s => s.MeanRegret), "#9aa5b1"),
        ];

        var height = Margins + RowHeight * names.Length;
        var legend = PlotObject.Of(("orientation", "h"), ("x", 0), ("y", 1.0), ("yanchor", "bottom"), ("traceorder", "normal"));
        var layout = ExperimentFigure.Layout(
            height,
            ExperimentFigure.ValueAxis("regret (score points below the best strategy in the same state)"),
            ExperimentFigure.CategoryAxis(names, topToBottom: true),
            margin: (Top: 36, Right: 40, Bottom: 50, Left: 12),
            legend: legend);
        layout.SetProperty("barmode", "group");
        return ExperimentFigure.Build(Id, height, traces, layout, modeBar: true);
    }

    private static Trace2D Bars(string name, string[] strategies, IEnumerable<double> values, string color) =>
        PlotObject.Trace(
            "bar",
            ("name", name),
            ("orientation", "h"),
            ("y", strategies),
            ("x", PlotObject.Finite(values)),
            ("marker", PlotObject.Of(("color", color))),
            ("texttemplate", "%{x:.1f}"),
            ("textposition", "outside"),
            ("cliponaxis", false),
            ("hovertemplate", name + ": %{x:.2f}<extra></extra>"));
}
