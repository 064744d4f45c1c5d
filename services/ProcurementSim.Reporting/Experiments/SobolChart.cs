using System.Globalization;
using Plotly.NET;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>
/// One outcome's Sobol indices for one strategy: per input a first-order and a total-order horizontal bar, each with
/// a whisker over its bootstrap interval; inputs by total-order index, largest on top, equal ones by name.
/// </summary>
internal static class SobolChart
{
    private const string FirstColor = "#7aa6d6";
    private const string TotalColor = "#0b5cad";

    public static string Id(int index) => string.Create(CultureInfo.InvariantCulture, $"exp-sobol-{index}");

    /// <summary>The inputs in chart order.</summary>
    public static IReadOnlyList<SobolIndex> Ordered(SobolRanking ranking) =>
        [.. ranking.Inputs.OrderByDescending(i => double.IsFinite(i.Total) ? i.Total : double.NegativeInfinity).ThenBy(i => i.Input, StringComparer.Ordinal)];

    public static SizedFigure Figure(SobolRanking ranking, int index)
    {
        var inputs = Ordered(ranking);
        var categories = inputs.Select(i => PlotText.Encode(i.Input)).ToArray();
        var low = inputs.SelectMany(i => new[] { i.FirstLow, i.TotalLow, i.First }).Where(double.IsFinite).DefaultIfEmpty(0).Min();
        var high = inputs.SelectMany(i => new[] { i.FirstHigh, i.TotalHigh, i.Total }).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        var height = 70 + (30 * Math.Max(inputs.Count, 1));
        var legend = PlotObject.Of(("orientation", "h"), ("x", 0), ("y", 1.0), ("yanchor", "bottom"), ("traceorder", "normal"));
        var layout = ExperimentFigure.Layout(
            height,
            ExperimentFigure.ValueAxis("Sobol index", range: (Math.Min(0, low) - 0.02, Math.Max(0.05, high) * 1.05)),
            ExperimentFigure.CategoryAxis(categories, topToBottom: true),
            margin: (Top: 30, Right: 16, Bottom: 40, Left: 12),
            legend: legend);
        layout.SetProperty("barmode", "group");
        Trace[] traces =
        [
            Bars("first order S1", FirstColor, inputs, categories, i => (i.First, i.FirstLow, i.FirstHigh)),
            Bars("total order ST", TotalColor, inputs, categories, i => (i.Total, i.TotalLow, i.TotalHigh)),
        ];
        return ExperimentFigure.Build(Id(index), height, traces, layout);
    }

    private static Trace2D Bars(string name, string color, IReadOnlyList<SobolIndex> inputs, string[] categories,
        Func<SobolIndex, (double Value, double Low, double High)> of)
    {
        var values = inputs.Select(of).ToArray();
        var hover = inputs.Select((input, k) => string.Create(CultureInfo.InvariantCulture,
            $"{PlotText.Encode(input.Input)}: {name} {Format.Index(values[k].Value)} [{Format.Index(values[k].Low)}, {Format.Index(values[k].High)}]")).ToArray();
        var whisker = PlotObject.Of(
            ("type", "data"),
            ("symmetric", false),
            ("array", PlotObject.Finite(values.Select(v => v.High - v.Value))),
            ("arrayminus", PlotObject.Finite(values.Select(v => v.Value - v.Low))),
            ("color", "#1f2933"),
            ("thickness", 1),
            ("width", 3));
        return PlotObject.Trace(
            "bar",
            ("name", name),
            ("orientation", "h"),
            ("y", categories),
            ("x", PlotObject.Finite(values.Select(v => v.Value))),
            ("error_x", whisker),
            ("marker", PlotObject.Of(("color", color))),
            ("hovertext", hover),
            ("hoverinfo", "text"));
    }
}
