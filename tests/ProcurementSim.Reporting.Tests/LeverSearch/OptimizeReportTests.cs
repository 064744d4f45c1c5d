using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Analysis.Optimization;

namespace ProcurementSim.Reporting.Tests.LeverSearch;

public sealed partial class OptimizeReportTests
{
    private static OptimizeSummary Summary(bool outOfSample = true) => new(
        new OptimizeHeader("standoff", "structured_replacement", 11, 11 ^ 0x6F75742D6F662D73UL, 8, 3, 3, 10, outOfSample ? 10 : 0,
            new Nsga2Settings(8, 3, 11), ["mission_capability_mean >= 0.8"], ["status_quo", "structured_replacement"], outOfSample),
        [new LeverColumn("solicit_week", "solicit_week", "integer", 4, 20, null), new LeverColumn("share", "parallel_run_share", "values", 0, 0.5, [0, 0.25, 0.5])],
        [new ObjectiveColumn("satisficing_share", "maximise"), new ObjectiveColumn("p90:total_cost", "minimise")],
        [
            new FrontPoint("structured_replacement#1", [8, 0.25], [0.9, 1.4e8], outOfSample ? [0.85, 1.42e8] : null, outOfSample ? true : null, 1),
            new FrontPoint("structured_replacement#2", [12, 0], [0.6, 1.1e8], outOfSample ? [0.5, 1.2e8] : null, outOfSample ? false : null, 3),
        ],
        [new ReferencePoint("status_quo", [0.8, 1.05e8], outOfSample ? [0.8, 1.04e8] : null), new ReferencePoint("<b>x</b>", [0.2, 1.4e8], null)],
        [new GenerationVolume(0, 2, 0.5), new GenerationVolume(1, 2, 0.7)], [-0.9, 1.1e8], [-0.6, 1.4e8], 32, 500);

    [Fact]
    public void The_same_summary_gives_the_same_bytes()
    {
        Assert.Equal(OptimizeReport.ToBytes(Summary()), OptimizeReport.ToBytes(Summary()));
    }

    [Fact]
    public void The_page_draws_parallel_coordinates_of_levers_and_objectives_and_a_scatter_with_both_figures()
    {
        var html = Encoding.UTF8.GetString(OptimizeReport.ToBytes(Summary()));
        var figures = Figures(html);

        var parcoords = figures["parcoords"].GetProperty("data")[0];
        Assert.Equal("parcoords", parcoords.GetProperty("type").GetString());
        Assert.Equal(["solicit_week", "share", "satisficing_share (in)", "satisficing_share (out)", "p90:total_cost (in)", "p90:total_cost (out)"],
            parcoords.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("label").GetString()));
        var scatter = figures["tradeoff-0-1"].GetProperty("data").EnumerateArray().ToList();
        Assert.Contains(scatter, t => t.GetProperty("name").GetString() == "in sample");
        var outTrace = scatter.Single(t => t.GetProperty("name").GetString() == "out of sample");
        Assert.Equal([0.85, 0.5], outTrace.GetProperty("x").EnumerateArray().Select(x => x.GetDouble()));
        Assert.True(figures.ContainsKey("hypervolume"));
    }

    [Fact]
    public void Without_the_re_evaluation_the_page_shows_in_sample_figures_only_and_says_it_stopped_early()
    {
        var html = Encoding.UTF8.GetString(OptimizeReport.ToBytes(Summary(outOfSample: false)));
        var parcoords = Figures(html)["parcoords"].GetProperty("data")[0];

        Assert.Contains("Stopped early", html, StringComparison.Ordinal);
        Assert.DoesNotContain(parcoords.GetProperty("dimensions").EnumerateArray(), d => d.GetProperty("label").GetString()!.EndsWith("(out)", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_are_encoded_and_the_page_loads_nothing_from_elsewhere()
    {
        var html = Encoding.UTF8.GetString(OptimizeReport.ToBytes(Summary()));

        Assert.DoesNotContain("<b>x</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, JsonElement> Figures(string html) =>
        NewPlot().Matches(html).ToDictionary(m => m.Groups[1].Value, m => JsonDocument.Parse(m.Groups[2].Value).RootElement.Clone());

    [GeneratedRegex("Plotly\\.newPlot\\(\"([^\"]+)\", (.*)\\);\n")]
    private static partial Regex NewPlot();
}
