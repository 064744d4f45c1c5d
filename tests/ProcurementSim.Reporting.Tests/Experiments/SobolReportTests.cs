using ProcurementSim.Analysis.Summary;
using static ProcurementSim.Reporting.Tests.Experiments.ExperimentHtml;

namespace ProcurementSim.Reporting.Tests.Experiments;

public class SobolReportTests
{
    private static readonly SobolIndex[] ScoreIndices =
    [
        new("a_accreditation_weeks", 0.05, 0.01, 0.09, 0.10, 0.07, 0.14),
        new("misuse_probability", 0.30, 0.22, 0.37, 0.45, 0.40, 0.51),
        new("incumbent_concession", 0, 0, 0, 0, 0, 0),
    ];

    private static ExperimentSummary WithSobol() => SampleSummary.Build() with
    {
        Sobol = new SobolResult(256, 256, 1000, 0.95,
        [
            new SobolRanking("structured_replacement", "score", 256, 24.1, ScoreIndices),
            new SobolRanking("structured_replacement", "total_cost", 256, 1e12, ScoreIndices),
            new SobolRanking("structured_replacement", "fail", 256, 0.24, [.. ScoreIndices.Reverse()]),
        ]),
    };

    [Fact]
    public void A_Sobol_sweep_has_a_global_sensitivity_section_after_the_importance_and_a_link_to_it()
    {
        var html = Of(WithSobol());

        var (importance, sobol, methods) = (html.IndexOf("<section id=\"importance\">", StringComparison.Ordinal),
            html.IndexOf("<section id=\"sobol\">", StringComparison.Ordinal), html.IndexOf("<section id=\"methods\">", StringComparison.Ordinal));
        Assert.True(importance > 0 && importance < sobol && sobol < methods, $"{importance} {sobol} {methods}");
        Assert.Contains("href=\"#sobol\"", html, StringComparison.Ordinal);
        Assert.Equal(ChartDivIds(html), PlottedIds(html));
        Assert.DoesNotContain("<section id=\"sobol\">", Of(SampleSummary.Build()), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_bar_has_a_whisker_from_the_low_to_the_high_end_of_its_interval_largest_total_order_on_top()
    {
        var html = Of(WithSobol());

        var traces = Traces(html, "exp-sobol-0");
        Assert.Equal(["first order S1", "total order ST"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(["misuse_probability", "a_accreditation_weeks", "incumbent_concession"], traces[1].GetProperty("y").EnumerateArray().Select(e => e.GetString()));
        var total = traces[1];
        Assert.Equal([0.45, 0.10, 0], Numbers(total.GetProperty("x")));
        var plus = Numbers(total.GetProperty("error_x").GetProperty("array"));
        var minus = Numbers(total.GetProperty("error_x").GetProperty("arrayminus"));
        Assert.Equal([0.51, 0.14, 0], Numbers(total.GetProperty("x")).Zip(plus, (x, p) => Math.Round(x + p, 10)));
        Assert.Equal([0.40, 0.07, 0], Numbers(total.GetProperty("x")).Zip(minus, (x, m) => Math.Round(x - m, 10)));
        Assert.Equal([0.30, 0.05, 0], Numbers(traces[0].GetProperty("x")));
        // The score's and the fail condition's figures; the other outcomes are in the table.
        Assert.Equal(2, ChartDivIds(html).Count(id => id.StartsWith("exp-sobol-", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_table_names_the_three_inputs_with_the_largest_total_order_per_outcome()
    {
        var section = Section(Of(WithSobol()), "sobol");

        Assert.Contains("<code>total_<wbr>cost</code>", section, StringComparison.Ordinal);
        Assert.Contains("<code>fail condition</code>", section, StringComparison.Ordinal);
        Assert.Contains("<li><code>misuse_<wbr>probability</code> <span class=\"index\">0.45 (0.30)</span></li>", section, StringComparison.Ordinal);
        Assert.Contains("95% percentile intervals from 1,000 bootstrap resamples", section, StringComparison.Ordinal);
    }
}
