using System.Globalization;
using Plotly.NET;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>
/// A PRIM box's figures: its limits with every input scaled to its own range (as EMA Workbench's box inspection
/// draws them, restricted inputs highlighted, their limits written at the ends) and the peeling trajectory it was
/// chosen from.
/// </summary>
internal static class DiscoveryCharts
{
    public const string Accent = "#0b5cad";
    private const string Ink = "#1f2933";
    private const string Muted = "#9aa5b1";
    private const string Track = "#e4e7eb";
    private const string Chosen = "#c62828";
    private const int RowHeight = 28;
    private const int PeelHeight = 360;

    public static string LimitsId(int index) => string.Create(CultureInfo.InvariantCulture, $"exp-prim-limits-{index}");

    public static string PeelingId(int index) => string.Create(CultureInfo.InvariantCulture, $"exp-prim-peel-{index}");

    /// <summary>The box's limits, each input's [min, max] mapped to [0, 1].</summary>
    public static SizedFigure Limits(ExperimentView view, PrimBox box, int index)
    {
        var names = box.Limits.Select(l => PlotText.Encode(l.Input)).ToArray();
        var scaled = box.Limits.Select(l => Scaled(view, l)).ToArray();
        var hover = box.Limits.Select(l => HoverText(view, l)).ToArray();
        var restricted = box.Limits.Select(l => l.Restricted).ToArray();

        Trace[] traces =
        [
            // The whole range of every input, as a light track behind the box's range.
            Bars("input range", names, [.. names.Select(_ => 0.0)], [.. names.Select(_ => 1.0)], Track, hover, width: 0.7),
            Bars("box", names, [.. scaled.Select(s => s.Low)], [.. scaled.Select(s => s.High - s.Low)],
                restricted.Select(r => r ? Accent : Muted).ToArray(), hover, width: 0.45),
        ];

        var annotations = new List<DynamicObj.DynamicObj>();
        for (var i = 0; i < box.Limits.Count; i++)
        {
            if (!restricted[i])
            {
                continue;
            }

            annotations.Add(EndLabel(names[i], scaled[i].Low, Format.Number(box.Limits[i].Low), "right"));
            annotations.Add(EndLabel(names[i], scaled[i].High, Format.Number(box.Limits[i].High), "left"));
        }

        var ticks = box.Limits.Select((l, i) => l.Restricted ? "<b>" + names[i] + "</b>" : names[i]).ToArray();
        var yAxis = ExperimentFigure.CategoryAxis(names, topToBottom: true);
        yAxis.SetProperty("tickvals", names);
        yAxis.SetProperty("ticktext", ticks);

        var xAxis = ExperimentFigure.ValueAxis(title: null, range: (-0.3, 1.3));
        xAxis.SetProperty("tickvals", new[] { 0.0, 0.5, 1.0 });
        xAxis.SetProperty("ticktext", new[] { "min", "mid", "max" });

        var height = 60 + RowHeight * Math.Max(names.Length, 1);
        var layout = ExperimentFigure.Layout(
            height, xAxis, yAxis, margin: (Top: 10, Right: 16, Bottom: 36, Left: 12), annotations: annotations);
        layout.SetProperty("barmode", "overlay");
        return ExperimentFigure.Build(LimitsId(index), height, traces, layout);
    }

    /// <summary>Coverage against density after each peel, coloured by the number of restricted inputs; the chosen box ringed.</summary>
    public static SizedFigure Peeling(PrimResult prim, int index)
    {
        var steps = prim.Trajectory;
        var traces = new List<Trace>
        {
            PlotObject.Trace(
                "scatter",
                ("name", "peeling trajectory"),
                ("mode", "lines+markers"),
                ("x", PlotObject.Finite(steps.Select(s => s.Coverage))),
                ("y", PlotObject.Finite(steps.Select(s => s.Density))),
                ("line", PlotObject.Of(("color", Muted), ("width", 1))),
                ("marker", PlotObject.Of(
                    ("size", 8),
                    ("color", steps.Select(s => s.RestrictedInputs).ToArray()),
                    ("colorscale", "Viridis"),
                    ("showscale", true),
                    ("colorbar", PlotObject.Of(("title", PlotObject.Of(("text", "restricted<br>inputs"))), ("thickness", 12))))),
                ("hovertext", steps.Select(StepText).ToArray()),
                ("hoverinfo", "text")),
        };

        var annotations = new List<DynamicObj.DynamicObj>();
        if (prim.Box is { } box)
        {
            traces.Add(PlotObject.Trace(
                "scatter",
                ("name", "chosen box"),
                ("mode", "markers"),
                ("x", PlotObject.Finite([box.Coverage])),
                ("y", PlotObject.Finite([box.Density])),
                ("marker", PlotObject.Of(("size", 20), ("symbol", "circle-open"), ("color", Chosen), ("line", PlotObject.Of(("width", 2.5))))),
                ("hovertext", new[] { "chosen box: " + Measures(box.Coverage, box.Density, box.Mass) }),
                ("hoverinfo", "text")));
            annotations.Add(PlotObject.Of(
                ("x", box.Coverage), ("y", box.Density), ("text", "chosen box"), ("showarrow", true), ("arrowhead", 0),
                ("arrowcolor", Chosen), ("ax", -40), ("ay", -30), ("font", PlotObject.Of(("color", Chosen)))));
        }

        var layout = ExperimentFigure.Layout(
            PeelHeight,
            ExperimentFigure.ValueAxis("coverage", tickFormat: ".0%"),
            ExperimentFigure.ValueAxis("density", tickFormat: ".0%"),
            margin: (Top: 10, Right: 10, Bottom: 46, Left: 12),
            annotations: annotations);
        return ExperimentFigure.Build(PeelingId(index), PeelHeight, traces, layout);
    }

    /// <summary>
    /// The limit's low and high as positions in the input's range: [Min, Max] from the header, or the limit's own
    /// values where the range is unbounded, unknown or a single point.
    /// </summary>
    public static (double Low, double High) Scaled(ExperimentView view, BoxLimit limit)
    {
        var input = view.Input(limit.Input);
        var min = input is { } a && double.IsFinite(a.Min) ? a.Min : limit.Low;
        var max = input is { } b && double.IsFinite(b.Max) ? b.Max : limit.High;
        if (!(max > min) || !double.IsFinite(limit.Low) || !double.IsFinite(limit.High))
        {
            return (0, 1);
        }

        return (Math.Clamp((limit.Low - min) / (max - min), 0, 1), Math.Clamp((limit.High - min) / (max - min), 0, 1));
    }

    /// <summary>Coverage, density and mass as percentages.</summary>
    public static string Measures(double coverage, double density, double mass) =>
        $"coverage {Format.Percent(coverage)}, density {Format.Percent(density)}, mass {Format.Percent(mass)}";

    private static Trace2D Bars(string name, string[] names, double[] bases, double[] lengths, object color, string[] hover, double width) =>
        PlotObject.Trace(
            "bar",
            ("name", name),
            ("orientation", "h"),
            ("y", names),
            ("base", bases),
            ("x", lengths),
            ("width", width),
            ("marker", PlotObject.Of(("color", color))),
            ("hovertext", hover),
            ("hoverinfo", "text"));

    private static DynamicObj.DynamicObj EndLabel(string category, double x, string text, string side) =>
        PlotObject.Of(
            ("x", x), ("y", category), ("text", text), ("showarrow", false),
            ("xanchor", side), ("xshift", side == "right" ? -4 : 4),
            ("font", PlotObject.Of(("size", 11), ("color", Ink))));

    private static string HoverText(ExperimentView view, BoxLimit limit)
    {
        var range = view.Input(limit.Input) is { } input
            ? $" (range {Format.Number(input.Min)} – {Format.Number(input.Max)})"
            : string.Empty;
        return $"{PlotText.Encode(limit.Input)}: {Format.Number(limit.Low)} – {Format.Number(limit.High)}{range}"
            + (limit.Restricted ? ", restricted" : string.Empty);
    }

    private static string StepText(PrimStep step) =>
        $"step {Format.Count(step.Step)}: {Measures(step.Coverage, step.Density, step.Mass)}, {Format.Count(step.RestrictedInputs)} restricted";
}
