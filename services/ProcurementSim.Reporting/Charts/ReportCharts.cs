using Plotly.NET;
using Plotly.NET.CSharp;
using ProcurementSim.Core.Results;
using ProcurementSim.Reporting.Page;
using ProcurementSim.Reporting.Text;
using CSharpChart = Plotly.NET.CSharp.Chart;
using FSharpChart = Plotly.NET.Chart;

namespace ProcurementSim.Reporting.Charts;

/// <summary>The report's three figures: capability, allocation and cumulative cost over time, with key events marked.</summary>
internal static class ReportCharts
{
    public const string CapabilityId = "chart-capability";
    public const string AllocationId = "chart-allocation";
    public const string CostId = "chart-cost";

    private const string Ink = "#1f2933";
    private const string ThresholdRed = "#c62828";

    // Plotly.NET's defaults add a fixed 600 px width and its large layout template to every figure, whose
    // serialisation costs about 0.2 s a chart; plotly.js's own defaults look as good, and the figure fills its div.
    private const bool NoDefaults = false;

    /// <summary>The figures, in page order; none when the run kept no timeline (summary-only mode).</summary>
    public static IReadOnlyList<ChartFigure> Build(RunResult result, double? threshold, IReadOnlyList<KeyEvent> keyEvents)
    {
        if (result.Timeline.Count == 0)
        {
            return [];
        }

        var markers = new KeyEventMarkers(keyEvents);
        return
        [
            Figure(CapabilityId, Capability(result, threshold), "Mission capability by week", "share of demand served", markers, (0, 1.05)),
            Figure(AllocationId, Allocation(result), "Allocation of tasked volume by vendor", "share of tasked volume", markers, (0, 1)),
            Figure(CostId, Cost(result), "Cumulative cost", "cost", markers, null),
        ];
    }

    private static GenericChart Capability(RunResult result, double? threshold)
    {
        var weeks = Weeks(result);
        var traces = new List<GenericChart>
        {
            CSharpChart.Line<int, double, string>(
                weeks, result.Timeline.Select(t => t.MissionCapability),
                Name: "Mission capability", LineColor: Color.fromHex(Ink), LineWidth: 3.0, UseDefaults: NoDefaults),
        };
        for (var c = 0; c < result.Categories.Count; c++)
        {
            var index = c;
            traces.Add(CSharpChart.Line<int, double, string>(
                weeks, result.Timeline.Select(t => t.CapabilityByCategory[index]),
                Name: PlotText.Encode(result.Categories[c]), LineWidth: 1.5, UseDefaults: NoDefaults));
        }

        if (threshold is { } level)
        {
            traces.Add(CSharpChart.Line<int, double, string>(
                [weeks[0], weeks[^1]], [level, level],
                Name: $"Threshold ({Display.Number(level)})", LineColor: Color.fromHex(ThresholdRed), LineWidth: 1.5,
                LineDash: StyleParam.DrawingStyle.Dash, UseDefaults: NoDefaults));
        }

        return CSharpChart.Combine(traces);
    }

    private static GenericChart Allocation(RunResult result)
    {
        var weeks = Weeks(result);
        var traces = new List<GenericChart>();
        for (var v = 0; v < result.Vendors.Count; v++)
        {
            var index = v;
            traces.Add(CSharpChart.StackedArea<int, double, string>(
                weeks, result.Timeline.Select(t => t.AllocationByVendor[index]),
                Name: PlotText.Encode(result.Vendors[v]), UseDefaults: NoDefaults));
        }

        return CSharpChart.Combine(traces);
    }

    private static GenericChart Cost(RunResult result) =>
        CSharpChart.Line<int, double, string>(
            Weeks(result), result.Timeline.Select(t => t.CumulativeCost),
            Name: "Cumulative cost", LineColor: Color.fromHex(Ink), LineWidth: 2.5,
            Fill: StyleParam.Fill.ToZero_y, FillColor: Color.fromString("rgba(31,41,51,0.08)"), UseDefaults: NoDefaults);

    private static int[] Weeks(RunResult result) => [.. result.Timeline.Select(t => t.Tick)];

    private static ChartFigure Figure(
        string id, GenericChart chart, string title, string yTitle, KeyEventMarkers markers, (double Min, double Max)? yRange)
    {
        var range = yRange is { } r ? Tuple.Create(r.Min, r.Max) : new Optional<Tuple<double, double>>();
        chart = chart
            .WithXAxisStyle<int, int, string>(TitleText: "week", ZeroLine: false)
            .WithYAxisStyle<double, double, string>(TitleText: yTitle, MinMax: range);
        // Plotly.NET's F# API returns a function to apply; these setters have no C# binding.
        chart = FSharpChart.withTitle(title, null).Invoke(chart);
        chart = FSharpChart.withShapes(markers.Lines(), null).Invoke(chart);
        chart = FSharpChart.withAnnotations(markers.Labels(), null).Invoke(chart);
        chart = FSharpChart.withLayout(PlotSettings.Layout()).Invoke(chart);
        chart = FSharpChart.withConfig(PlotSettings.Config()).Invoke(chart);
        return ChartFigure.From(id, chart);
    }
}
