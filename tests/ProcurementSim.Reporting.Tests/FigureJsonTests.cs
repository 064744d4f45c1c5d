using Plotly.NET;
using ProcurementSim.Reporting.Charts;
using ProcurementSim.Reporting.Experiments;
using ProcurementSim.Reporting.Tests.Experiments;
using ProcurementSim.Testing.Results;

namespace ProcurementSim.Reporting.Tests;

/// <summary>
/// The reports serialise their Plotly figures with <see cref="FigureJson"/> rather than Plotly.NET's Json.NET path, which
/// cost most of a run's time; these tests hold it to the same bytes as <see cref="GenericChart.toJson"/>.
/// </summary>
public sealed class FigureJsonTests
{
    // Text that Json.NET escapes (quote, backslash, control characters, U+0085, U+2028, U+2029) and text it leaves as is.
    private const string Awkward = "a \"quoted\" \\ back\nslash\r\t\f\b\u0001\u001f \u0085\u2028\u2029 é ✓ 😀 <b>&amp;</b> '";

    [Fact]
    public void The_run_report_is_byte_identical_to_plotly_nets_own_serialisation()
    {
        var run = SampleRun.Build();
        var awkward = run with
        {
            Scenario = Awkward,
            Vendors = [Awkward, "challenger"],
            Categories = [.. run.Categories.Select((c, i) => i == 0 ? Awkward : c)],
            Events = [.. run.Events.Select(e => e with { Detail = Awkward + e.Detail, Actor = Awkward })],
        };

        foreach (var result in new[] { run, awkward })
        {
            foreach (var threshold in new double?[] { null, 0.6 })
            {
                Assert.Equal(ThroughPlotly(() => HtmlReport.ToBytes(result, threshold)), HtmlReport.ToBytes(result, threshold));
            }
        }
    }

    [Fact]
    public void The_experiment_reports_are_byte_identical_to_plotly_nets_own_serialisation()
    {
        foreach (var summary in new[] { SampleSummary.Build(), SampleSummary.Compare(), SampleSummary.Rename(SampleSummary.Build(), "status_quo", Awkward) })
        {
            Assert.Equal(ThroughPlotly(() => ExperimentReport.ToBytes(summary)), ExperimentReport.ToBytes(summary));
        }
    }

    [Fact]
    public void Every_kind_of_value_is_written_as_json_net_writes_it()
    {
        var trace = PlotObject.Trace("scatter",
            ("x", new[] { 0, 1, -2, int.MaxValue }),
            ("y", new double?[] { 0.0, -0.0, 0.1, 1e-7, 1e21, 123456789.0, double.MaxValue, double.Epsilon, null }),
            ("nonfinite", new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity }),
            ("single", 0.1f),
            ("whole", 3.0),
            ("long", long.MinValue),
            ("decimal", 2.50m),
            ("flag", true),
            ("off", false),
            ("text", Awkward),
            ("nested", new object[] { new[] { "a", "b" }, PlotObject.Of(("k", 1)), new List<double> { 2.5 } }),
            ("color", Color.fromHex("#1f2933")),
            ("fade", Color.fromARGB(20, 1, 2, 3)),
            ("named", Color.fromString("rgba(31,41,51,0.08)")),
            ("colors", Color.fromColors([Color.fromHex("#000000"), Color.fromString("red")])),
            ("empty", PlotObject.Of()),
            (Awkward, "a key that needs escaping"));
        var chart = GenericChart.ofTraceObjects<Trace[]>(false, [trace]);
        chart = Plotly.NET.Chart.withLayout(PlotObject.Layout(("title", PlotObject.Title(Awkward)), ("height", 420))).Invoke(chart);
        chart = Plotly.NET.Chart.withConfig(PlotSettings.Config()).Invoke(chart);

        Assert.Equal(GenericChart.toJson(chart), FigureJson.Of(chart));
    }

    [Fact]
    public void A_value_of_a_kind_the_reports_never_use_is_refused_rather_than_guessed()
    {
        var chart = GenericChart.ofTraceObjects<Trace[]>(false, [PlotObject.Trace("scatter", ("when", new DateTime(2026, 1, 1)))]);

        Assert.Throws<NotSupportedException>(() => FigureJson.Of(chart));
    }

    private static byte[] ThroughPlotly(Func<byte[]> render)
    {
        var before = ChartFigure.Serialiser;
        ChartFigure.Serialiser = GenericChart.toJson;
        try
        {
            return render();
        }
        finally
        {
            ChartFigure.Serialiser = before;
        }
    }
}
