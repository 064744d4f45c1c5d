using ProcurementSim.Analysis.Summary;
using static ProcurementSim.Reporting.Tests.Experiments.ExperimentHtml;

namespace ProcurementSim.Reporting.Tests.Experiments;

public class ParallelCoordinatesReportTests
{
    private const string Id = "exp-parcoords";

    [Fact]
    public void A_sweep_has_one_parcoords_trace_per_strategy_by_rank_the_first_shown_and_a_menu_to_pick_another()
    {
        var summary = SampleSummary.Build();
        var html = Of(summary);

        var figure = Figure(html, Id);
        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        var ranked = summary.Strategies.OrderBy(s => s.Rank).Select(s => s.Strategy).ToArray();
        Assert.All(traces, t => Assert.Equal("parcoords", t.GetProperty("type").GetString()));
        Assert.Equal(ranked, traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal([true, false, false, false, false, false, false], traces.Select(t => t.GetProperty("visible").GetBoolean()));
        var buttons = figure.GetProperty("layout").GetProperty("updatemenus")[0].GetProperty("buttons").EnumerateArray().ToArray();
        Assert.Equal(ranked, buttons.Select(b => b.GetProperty("label").GetString()));
        // The third button shows the third trace only.
        Assert.Equal([false, false, true, false, false, false, false],
            buttons[2].GetProperty("args")[0].GetProperty("visible").EnumerateArray().Select(v => v.GetBoolean()));
        Assert.Contains("href=\"#parallel\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_trace_has_one_dimension_per_input_of_the_strategy_and_outcome_with_every_run_in_order()
    {
        var summary = SampleSummary.Build(runs: 60);
        var traces = Traces(Of(summary), Id);

        var dual = traces.Single(t => t.GetProperty("name").GetString() == "dual_source");
        var dimensions = dual.GetProperty("dimensions").EnumerateArray().ToArray();
        // 8 uncertainties and dual_source's own lever (not phased_reduction's), then 4 outcomes and fail.
        string[] expected = [.. SampleSummary.Inputs.Where(i => i.Strategy is null or "dual_source").Select(i => i.Name),
            "score", "mission_capability_mean", "total_cost", "capability_gap_weeks", "fail"];
        Assert.Equal(expected, dimensions.Select(d => d.GetProperty("label").GetString()));
        Assert.All(dimensions, d => Assert.Equal(60, d.GetProperty("values").GetArrayLength()));
        // Run 13 on dual_split (input 9, range 0.3–0.7): 0.3 + 0.4 × ((13 + 9) mod 10) / 10 = 0.38; its axis spans the input's range.
        var split = dimensions.Single(d => d.GetProperty("label").GetString() == "dual_split");
        Assert.Equal(0.3 + 0.4 * 2 / 10.0, split.GetProperty("values")[13].GetDouble(), 12);
        Assert.Equal([0.3, 0.7], Numbers(split.GetProperty("range")));
        var runs = summary.Runs!.Single(r => r.Strategy == "dual_source");
        // Drawn to four significant digits: 2,4xx,xxx.xx becomes 2,4xx,000.
        var cost = runs.Axes.Single(a => a.Name == "total_cost").Values[13];
        var drawn = dimensions[11].GetProperty("values")[13].GetDouble();
        Assert.Equal(Math.Round(cost / 1000) * 1000, drawn);
        Assert.NotEqual(cost, drawn);
        // Cost reads as 2.4M, not 2400000; fail as no/yes; lines coloured by fail.
        Assert.Equal(".4~s", dimensions[11].GetProperty("tickformat").GetString());
        Assert.Equal(["no", "yes"], dimensions[^1].GetProperty("ticktext").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Numbers(dimensions[^1].GetProperty("values")), Numbers(dual.GetProperty("line").GetProperty("color")));
    }

    [Fact]
    public void Without_a_fail_axis_the_lines_are_coloured_by_score_and_one_strategy_needs_no_menu()
    {
        var full = SampleSummary.Build();
        var one = full.Runs![0];
        var summary = full with { Runs = [one with { Axes = [.. one.Axes.Where(a => a.Name != "fail")] }] };

        var figure = Figure(Of(summary), Id);

        var trace = Assert.Single(figure.GetProperty("data").EnumerateArray());
        var line = trace.GetProperty("line");
        var score = trace.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("label").GetString() == "score");
        Assert.Equal(Numbers(score.GetProperty("values")), Numbers(line.GetProperty("color")));
        Assert.DoesNotContain(trace.GetProperty("dimensions").EnumerateArray(), d => d.GetProperty("label").GetString() == "fail");
        Assert.True(line.GetProperty("showscale").GetBoolean());
        Assert.False(figure.GetProperty("layout").TryGetProperty("updatemenus", out _));
    }

    [Fact]
    public void A_summary_without_runs_has_no_parallel_section()
    {
        var html = Of(SampleSummary.Build() with { Runs = null });

        Assert.DoesNotContain("<section id=\"parallel\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Id, html, StringComparison.Ordinal);
    }
}
