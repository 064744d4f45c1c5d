using System.Globalization;
using Plotly.NET;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>
/// Parallel coordinates of sampled runs: one plotly.js <c>parcoords</c> trace per strategy (by rank; the first shown,
/// a drop-down picks another), one line per run across its inputs and outcomes, coloured by the fail condition when
/// one was given, else by score. Dragging along an axis keeps only the lines crossing that range on every axis.
/// Values are drawn to four significant digits (finer than an axis's pixels; it keeps the page light), the summary
/// keeps them whole.
/// </summary>
internal static class ParallelChart
{
    public const string Id = "exp-parcoords";
    public const string Fail = "fail";
    private const int Height = 580;
    private const string Ink = "#1f2933";

    /// <summary>The strategies drawn, by rank: those with runs and axes.</summary>
    public static IReadOnlyList<SampledRuns> Drawn(ExperimentView view)
    {
        var runs = view.Summary.Runs ?? [];
        return [.. view.Ranked
            .Select(s => runs.FirstOrDefault(r => string.Equals(r.Strategy, s.Strategy, StringComparison.Ordinal)))
            .OfType<SampledRuns>()
            .Where(r => r.Runs > 0 && r.Axes.Count > 0)];
    }

    /// <summary>Whether the lines are coloured by the fail condition (every strategy drawn has its axis).</summary>
    public static bool ByFail(IReadOnlyList<SampledRuns> drawn) =>
        drawn.Count > 0 && drawn.All(r => r.Axes.Any(IsFail));

    // The fail condition's axis (an input could be called "fail" too).
    private static bool IsFail(SampledAxis axis) => !axis.IsInput && axis.Name == Fail;

    public static SizedFigure Figure(ExperimentView view)
    {
        var drawn = Drawn(view);
        var byFail = ByFail(drawn);
        var traces = drawn.Select((r, i) => Trace(r, i == 0, byFail)).ToArray();
        var layout = PlotObject.Layout(
            ("height", Height),
            ("margin", PlotObject.Of(("t", drawn.Count > 1 ? 150 : 110), ("r", 110), ("b", 30), ("l", 70))),
            ("font", PlotObject.Of(("size", 12), ("color", Ink))),
            ("updatemenus", drawn.Count > 1 ? new[] { Menu(drawn) } : null));
        return ExperimentFigure.Build(Id, Height, traces, layout, modeBar: true);
    }

    private static Trace Trace(SampledRuns runs, bool visible, bool byFail)
    {
        var colorAxis = byFail ? runs.Axes.First(IsFail) : runs.Axes.FirstOrDefault(a => a.Name == ExperimentView.Score);
        var line = colorAxis is null
            ? PlotObject.Of(("color", Ink))
            : PlotObject.Of(
                ("color", Drawn(colorAxis.Values)),
                ("colorscale", byFail
                    ? new object[] { new object[] { 0.0, "#4c78a8" }, new object[] { 1.0, "#e45756" } }
                    : "Viridis"),
                ("cmin", colorAxis.Min),
                ("cmax", colorAxis.Max > colorAxis.Min ? colorAxis.Max : colorAxis.Min + 1),
                ("showscale", !byFail),
                ("colorbar", byFail ? null : PlotObject.Of(("title", PlotObject.Title(ExperimentView.Score)))));
        return PlotObject.Trace(
            "parcoords",
            ("name", PlotText.Encode(runs.Strategy)),
            ("visible", visible),
            ("line", line),
            ("labelside", "top"),
            ("labelangle", -20),
            ("dimensions", runs.Axes.Select(Dimension).ToArray()));
    }

    private static DynamicObj.DynamicObj Dimension(SampledAxis axis)
    {
        var (low, high) = ParcoordsRange.Of(axis.Values, axis.Min, axis.Max);
        var isFail = IsFail(axis);
        return PlotObject.Of(
            ("label", PlotText.Encode(axis.Name)),
            ("values", Drawn(axis.Values)),
            ("range", new[] { low, high }),
            ("tickformat", isFail ? null : TickFormat(low, high)),
            ("tickvals", isFail ? new[] { 0.0, 1.0 } : null),
            ("ticktext", isFail ? new[] { "no", "yes" } : null));
    }

    /// <summary>The values to four significant digits, as the figure holds them.</summary>
    public static double[] Drawn(IEnumerable<double> values) =>
        [.. values.Select(v => double.Parse(v.ToString("G4", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))];

    // d3 formats: large magnitudes with SI prefixes (104.5M), others with three significant digits, trailing zeros dropped.
    private static string TickFormat(double low, double high) =>
        Math.Max(Math.Abs(low), Math.Abs(high)) >= 10_000 ? ".4~s" : ".3~g";

    private static DynamicObj.DynamicObj Menu(IReadOnlyList<SampledRuns> drawn) =>
        PlotObject.Of(
            ("type", "dropdown"),
            ("direction", "down"),
            ("showactive", true),
            ("active", 0),
            ("x", 0),
            ("xanchor", "left"),
            ("y", 1.32),
            ("yanchor", "top"),
            ("buttons", drawn.Select((r, i) => PlotObject.Of(
                ("label", PlotText.Encode(r.Strategy)),
                ("method", "restyle"),
                ("args", new object[] { PlotObject.Of(("visible", drawn.Select((_, j) => j == i).ToArray())) }))).ToArray()));
}
