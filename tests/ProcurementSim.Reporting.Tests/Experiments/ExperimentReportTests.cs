using System.Text.Json;
using System.Text.RegularExpressions;
using ProcurementSim.Analysis.Summary;
using static ProcurementSim.Reporting.Tests.Experiments.ExperimentHtml;

namespace ProcurementSim.Reporting.Tests.Experiments;

public class ExperimentReportTests
{
    private static readonly string[] SweepSections =
        ["inputs", "strategies", "distributions", "capability", "pareto", "robustness", "parallel", "discovery", "importance", "methods"];

    [Fact]
    public void A_sweep_page_has_every_section_in_the_issue_order()
    {
        var html = Of(SampleSummary.Build());

        var positions = SweepSections.Select(id => html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Sections_without_data_are_left_out_with_their_figures()
    {
        var compare = SampleSummary.Compare() with { Fan = [], Scatter = [] };

        var html = Of(compare);

        foreach (var id in new[] { "capability", "pareto", "parallel", "discovery", "importance" })
        {
            Assert.DoesNotContain($"<section id=\"{id}\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain($"href=\"#{id}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("exp-fan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("exp-pareto", html, StringComparison.Ordinal);
        Assert.DoesNotContain("exp-prim-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("exp-importance-", html, StringComparison.Ordinal);
        Assert.DoesNotContain("exp-parcoords", html, StringComparison.Ordinal);
        // What a compare always has: the strategy table, the box plots and the regret chart.
        Assert.Contains("<section id=\"distributions\">", html, StringComparison.Ordinal);
        Assert.Contains("<div id=\"exp-regret\"", html, StringComparison.Ordinal);
        Assert.Contains("No uncertainties or levers were sampled", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_chart_div_has_its_figure_and_every_figure_its_div()
    {
        var html = Of(SampleSummary.Build());

        var divs = ChartDivIds(html);
        // 18 box plots (score + 17 metrics), fan, scatter, regret, parallel coordinates, 7 × (limits + peeling), 7 importance charts = 43.
        Assert.Equal(43, divs.Length);
        Assert.Equal(divs, PlottedIds(html));
        Assert.Equal(divs.Length, divs.Distinct().Count());
    }

    [Fact]
    public void Strategy_names_are_html_encoded_in_the_tables_and_the_charts()
    {
        const string hostile = "<b>A&B</b>";
        const string encoded = "&lt;b&gt;A&amp;B&lt;/b&gt;";
        var summary = SampleSummary.Rename(SampleSummary.Build(), "status_quo", hostile);

        var html = Of(summary);

        Assert.DoesNotContain(hostile, html, StringComparison.Ordinal);
        Assert.Contains("</span>" + encoded + "</span>", html, StringComparison.Ordinal);
        // In a figure, the name reaches Plotly encoded (Plotly reads labels as HTML), so it shows literally.
        var box = Traces(html, "exp-box-0").Single(t => t.GetProperty("name").GetString() == encoded);
        Assert.Equal(encoded, box.GetProperty("y")[0].GetString());
        Assert.Contains(Traces(html, "exp-fan"), t => t.GetProperty("name").GetString() == encoded);
        Assert.Contains(Traces(html, "exp-pareto"), t => t.GetProperty("name").GetString() == encoded);
        // In the script, even the encoded name's '&' is escaped, so no markup can close the script element.
        Assert.DoesNotContain("\"name\":\"&lt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_box_carries_exactly_the_given_quartiles_whiskers_and_mean()
    {
        var summary = SampleSummary.Build();
        var given = new MetricStats("score", Mean: 21.5, StdDev: 9, Min: 1, P10: 6, Q1: 10, P50: 20, Q3: 30, P90: 38, Max: 55,
            LowerWhisker: 2, UpperWhisker: 41);
        summary = summary with
        {
            Strategies = [.. summary.Strategies.Select(s => s.Strategy == "ultimatum" ? s with { Metrics = [given, .. s.Metrics.Skip(1)] } : s)],
        };

        var box = Traces(Of(summary), "exp-box-0").Single(t => t.GetProperty("name").GetString() == "ultimatum");

        Assert.Equal("box", box.GetProperty("type").GetString());
        Assert.Equal([10.0], Numbers(box.GetProperty("q1")));
        Assert.Equal([20.0], Numbers(box.GetProperty("median")));
        Assert.Equal([30.0], Numbers(box.GetProperty("q3")));
        Assert.Equal([2.0], Numbers(box.GetProperty("lowerfence")));
        Assert.Equal([41.0], Numbers(box.GetProperty("upperfence")));
        Assert.Equal([21.5], Numbers(box.GetProperty("mean")));
        // Drawn from the statistics alone: no run values travel with the box.
        Assert.False(box.TryGetProperty("x", out _));
    }

    [Fact]
    public void Box_plots_list_strategies_by_rank_one_figure_per_outcome()
    {
        var html = Of(SampleSummary.Build());

        // Score first, then the 11 metrics: exp-box-0 … exp-box-11.
        Assert.Equal(18, ChartDivIds(html).Count(id => id.StartsWith("exp-box-", StringComparison.Ordinal)));
        var names = Traces(html, "exp-box-0").Select(t => t.GetProperty("name").GetString()!).ToArray();
        // Ranks follow the sample's mean scores, 68.2 > 64.9 > 61.5 > 55.0 > 49.3 > 44.1 > 35.7.
        Assert.Equal(
            ["structured_replacement", "phased_reduction", "negotiate_carve_out", "dual_source", "ultimatum", "status_quo", "immediate_termination"],
            names);
    }

    [Fact]
    public void The_fan_band_of_each_strategy_runs_from_its_p10_to_its_p90_around_its_median()
    {
        var summary = SampleSummary.Build();
        var html = Of(summary);
        var traces = Traces(html, "exp-fan");

        foreach (var band in summary.Fan)
        {
            var own = traces.Where(t => t.GetProperty("legendgroup").GetString() == band.Strategy).ToArray();
            Assert.Equal(3, own.Length);
            // Upper edge, lower edge filled up to it, median: the order "tonexty" needs.
            Assert.Equal(band.P90, Numbers(own[0].GetProperty("y")));
            Assert.Equal(band.P10, Numbers(own[1].GetProperty("y")));
            Assert.Equal("tonexty", own[1].GetProperty("fill").GetString());
            Assert.Equal(band.P50, Numbers(own[2].GetProperty("y")));
            Assert.Equal(Enumerable.Range(0, SampleSummary.Weeks).Select(w => (double)w), Numbers(own[2].GetProperty("x")));
        }
    }

    [Fact]
    public void The_pareto_line_joins_exactly_the_efficient_strategies_means_in_cost_order()
    {
        var summary = SampleSummary.Build();
        (string Name, double Cost, double Capability)[] means =
        [
            ("phased_reduction", 300, 0.9), ("status_quo", 100, 0.7), ("structured_replacement", 200, 0.6), ("ultimatum", 400, 0.5),
        ];
        summary = summary with
        {
            ParetoFront = ["structured_replacement", "phased_reduction", "status_quo"],
            Scatter = [.. summary.Scatter.Select(s => means.FirstOrDefault(m => m.Name == s.Strategy) is { Name: not null } m
                ? s with { MeanCost = m.Cost, MeanCapability = m.Capability } : s)],
        };

        var html = Of(summary);
        var front = Traces(html, "exp-pareto").Single(t => t.GetProperty("name").GetString() == "Pareto front");

        // By cost: status_quo 100, structured_replacement 200, phased_reduction 300 (neither the front's nor the names' order);
        // ultimatum is not efficient.
        Assert.Equal([100.0, 200.0, 300.0], Numbers(front.GetProperty("x")));
        Assert.Equal([0.7, 0.6, 0.9], Numbers(front.GetProperty("y")));
        var labels = Figure(html, "exp-pareto").GetProperty("layout").GetProperty("annotations").EnumerateArray()
            .Select(a => a.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(["status_quo", "structured_replacement", "phased_reduction"], labels);
    }

    [Fact]
    public void The_stopped_early_banner_appears_only_when_the_experiment_was_stopped()
    {
        var summary = SampleSummary.Build();
        var stopped = summary with { Header = summary.Header with { Complete = false }, States = 412 };

        var stoppedHtml = Of(stopped);
        var completeHtml = Of(summary);

        Assert.Contains("<p class=\"banner\"><strong>Stopped early.</strong>", stoppedHtml, StringComparison.Ordinal);
        // 200 samples × 5 replications = 1,000 planned states.
        Assert.Contains("the 412 of 1,000 planned states", stoppedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"banner\"", completeHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Stopped early", completeHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_says_what_was_run()
    {
        var html = Of(SampleSummary.Build());

        Assert.Contains("<h1>usage-policy-standoff</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<code>procsim sweep</code> · design <strong>lhs</strong> · 200 samples × 5 replications · seed <code>42</code>", html, StringComparison.Ordinal);
        // 1,000 states × 7 strategies = 7,000 runs.
        Assert.Contains("1,000 states of the world × 7 strategies = 7,000 runs;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_inputs_table_gives_each_inputs_kind_target_distribution_and_range()
    {
        var inputs = Section(Of(SampleSummary.Build()), "inputs");

        Assert.Equal(10, Regex.Count(inputs, "<tr><td><code>"));
        Assert.Contains(
            "<tr><td><code>onboarding_weeks</code></td><td>uncertainty</td><td>all strategies</td><td><code>replacement.onboarding_weeks</code></td>"
            + "<td><code>integer_uniform(4, 20)</code> <span class=\"note\">(discrete)</span></td><td class=\"num\">4</td><td class=\"num\">20</td></tr>",
            inputs, StringComparison.Ordinal);
        Assert.Matches("<tr><td><code>dual_split</code></td><td>lever</td><td><span class=\"strategy\">.*dual_source</span></td>", inputs);
    }

    [Fact]
    public void The_strategy_table_is_sorted_by_rank_and_shows_each_strategys_figures()
    {
        var table = Section(Of(SampleSummary.Build()), "strategies");

        var names = Regex.Matches(table, "<td><span class=\"strategy\"><span class=\"swatch\"[^>]*></span>([^<]+)</span></td>")
            .Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(
            ["structured_replacement", "phased_reduction", "negotiate_carve_out", "dual_source", "ultimatum", "status_quo", "immediate_termination"],
            names);
        // The sample's rank-1 row: mean 68.2 with interval ±0.6, P10/P50/P90 = mean −1.28·sd, mean, mean +1.28·sd with sd 6
        // (60.52 → 60.5, 75.88 → 75.9), max regret 20 + 4 = 24, mean regret 1.5, satisficing 0.95 − 0.11 = 84%, efficient.
        Assert.Matches(
            "<tr class=\"best\"><td class=\"num\">1</td><td>.*structured_replacement</span></td><td class=\"num\">68.2</td>"
            + "<td class=\"num\">67.6–68.8</td><td class=\"num\">60.5</td><td class=\"num\">68.2</td><td class=\"num\">75.9</td>"
            + "<td class=\"num\">[0-9.]+%</td><td class=\"num\">24.0</td><td class=\"num\">1.5</td><td class=\"num\">84%</td>"
            + "<td class=\"mark\">✓</td></tr>",
            table);
        Assert.Contains("<th class=\"num\">90% CI</th>", table, StringComparison.Ordinal);
        Assert.Contains("<code>mission_capability_min &gt;= 0.6</code>, <code>red_line_breaches == 0</code>", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_satisficing_criteria_the_table_has_no_satisficing_column()
    {
        var table = Section(Of(SampleSummary.Compare()), "strategies");

        Assert.DoesNotContain("<th class=\"num\">Satisficing</th>", table, StringComparison.Ordinal);
        Assert.Contains("No satisficing criteria were given", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Box_limits_are_drawn_on_each_inputs_own_range_and_restricted_inputs_are_labelled()
    {
        var html = Of(SampleSummary.Build());
        var traces = Traces(html, "exp-prim-limits-0");

        var box = traces[1];
        var names = box.GetProperty("y").EnumerateArray().Select(e => e.GetString()).ToArray();
        var bases = Numbers(box.GetProperty("base"));
        var lengths = Numbers(box.GetProperty("x"));
        // incumbent_price_hike ranges over [0, 0.3]; the box keeps [0.12, 0.3]: from 0.4 of the range, 0.6 long.
        var hike = Array.IndexOf(names, "incumbent_price_hike");
        Assert.Equal(0.4, bases[hike], 12);
        Assert.Equal(0.6, lengths[hike], 12);
        // onboarding_weeks ranges over [4, 20]; the box keeps [11, 20]: (11 − 4) / 16 = 0.4375, 9 / 16 = 0.5625 long.
        var onboarding = Array.IndexOf(names, "onboarding_weeks");
        Assert.Equal(0.4375, bases[onboarding], 12);
        Assert.Equal(0.5625, lengths[onboarding], 12);
        // Unrestricted demand_growth keeps its whole range.
        var demand = Array.IndexOf(names, "demand_growth");
        Assert.Equal((0.0, 1.0), (bases[demand], lengths[demand]));

        // Restricted inputs' limits are written at the bar ends: strategy 0 restricts 3 inputs, 2 labels each.
        var labels = Figure(html, "exp-prim-limits-0").GetProperty("layout").GetProperty("annotations").EnumerateArray()
            .Select(a => a.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(["0.12", "0.3", "0.6", "0.74", "11", "20"], labels);
    }

    [Fact]
    public void The_peeling_chart_draws_the_trajectory_and_rings_the_chosen_box()
    {
        var summary = SampleSummary.Build();
        var prim = summary.Discovery[2];
        var traces = Traces(Of(summary), "exp-prim-peel-2");

        Assert.Equal(prim.Trajectory.Select(s => s.Coverage), Numbers(traces[0].GetProperty("x")));
        Assert.Equal(prim.Trajectory.Select(s => s.Density), Numbers(traces[0].GetProperty("y")));
        var chosen = traces.Single(t => t.GetProperty("name").GetString() == "chosen box");
        Assert.Equal([prim.Box!.Coverage], Numbers(chosen.GetProperty("x")));
        Assert.Equal([prim.Box.Density], Numbers(chosen.GetProperty("y")));
    }

    [Fact]
    public void The_discovery_section_shows_each_limits_quasi_p_values_and_reproducibility_and_the_trees_leaves()
    {
        var summary = SampleSummary.Build();
        var prim = summary.Discovery[0];
        var limits = prim.Box!.Limits.Select((l, j) => j == 0 ? l with { QuasiPLow = 0.0004, ReproduceCoverage = 0.9, ReproduceDensity = 0.8 } : l).ToArray();
        var leaf = new PrimBox(0.7, 0.9, 0.2, [new BoxLimit(limits[0].Input, 0.25, double.PositiveInfinity, true)], 3);
        summary = summary with
        {
            Discovery = [prim with { Box = prim.Box with { Limits = limits } }, .. summary.Discovery.Skip(1)],
            Cart = [new CartResult(prim.Strategy, prim.Condition, prim.CasesOfInterest, prim.Runs, 7, [leaf])],
        };

        var discovery = Section(Of(summary), "discovery");

        Assert.Contains("<td class=\"num\">&lt; 0.001</td>", discovery, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">90%</td><td class=\"num\">80%</td>", discovery, StringComparison.Ordinal);
        Assert.Contains("has 7 leaves; the densest:", discovery, StringComparison.Ordinal);
        Assert.Contains("<code>" + limits[0].Input + "</code> &gt; 0.25", discovery, StringComparison.Ordinal);
    }

    [Fact]
    public void A_strategy_without_a_box_says_why_and_has_no_box_figures()
    {
        var summary = SampleSummary.Build();
        summary = summary with
        {
            Discovery = [summary.Discovery[0] with { CasesOfInterest = 0, Box = null }, summary.Discovery[1] with { CasesOfInterest = 1000, Box = null }],
        };

        var html = Of(summary);
        var discovery = Section(html, "discovery");

        Assert.Contains("0 of 1,000 runs (0%)", discovery, StringComparison.Ordinal);
        Assert.Contains("No box: no run met the condition.", discovery, StringComparison.Ordinal);
        Assert.Contains("No box: every run met the condition", discovery, StringComparison.Ordinal);
        Assert.DoesNotContain("exp-prim-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_importance_table_names_the_top_three_inputs_per_outcome_with_index_and_direction()
    {
        var summary = SampleSummary.Build();
        var ranking = new ImportanceRanking("ultimatum", "total_cost",
        [
            new("onboarding_weeks", 0.512, 0.7), new("legal_challenge", 0.204, -0.3), new("trust_decay", 0.1, 0), new("dual_split", 0.05, 0.1),
        ]);
        summary = summary with
        {
            Importance = [.. summary.Importance.Select(r => r.Strategy == "ultimatum" && r.Outcome == "total_cost" ? ranking : r)],
        };

        var table = Section(Of(summary), "importance");

        // Index to two decimals; + for a positive Spearman, − for a negative one, nothing for zero; the fourth input left out.
        Assert.Contains(
            "<ol class=\"top3\"><li><code>onboarding_<wbr>weeks</code> <span class=\"index\">0.51&nbsp;+</span></li>"
            + "<li><code>legal_<wbr>challenge</code> <span class=\"index\">0.20&nbsp;−</span></li>"
            + "<li><code>trust_<wbr>decay</code> <span class=\"index\">0.10</span></li></ol>",
            table, StringComparison.Ordinal);
        // Rows: score, the 17 metrics, then the fail condition.
        var rows = Regex.Matches(table.Replace("<wbr>", string.Empty, StringComparison.Ordinal), "<tr><td><code>([^<]+)</code></td>")
            .Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(19, rows.Length);
        Assert.Equal("score", rows[0]);
        Assert.Equal("fail condition", rows[^1]);
    }

    [Fact]
    public void Each_strategys_importance_chart_ranks_inputs_for_the_score_and_the_fail_condition_on_one_scale()
    {
        var summary = SampleSummary.Build();
        var html = Of(summary);
        var best = summary.Importance.Single(r => r.Strategy == "structured_replacement" && r.Outcome == "score");

        var figure = Figure(html, "exp-importance-0");
        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(["score", "fail condition"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(best.Inputs.Select(i => i.Input), traces[0].GetProperty("y").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(best.Inputs.Select(i => i.FirstOrder), Numbers(traces[0].GetProperty("x")));
        var range = Numbers(figure.GetProperty("layout").GetProperty("xaxis").GetProperty("range"));
        var rangeOfLast = Numbers(Figure(html, "exp-importance-6").GetProperty("layout").GetProperty("xaxis").GetProperty("range"));
        Assert.Equal(range, rangeOfLast);
    }

    [Fact]
    public void The_methods_are_listed_in_the_footer_section()
    {
        var summary = SampleSummary.Build();
        var methods = Section(Of(summary), "methods");

        Assert.Equal(summary.Methods.Count, Regex.Count(methods, "<li>"));
        Assert.Contains("<li>Scenario discovery: PRIM, Friedman and Fisher (1999); peeling alpha 0.05.</li>", methods, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_summary_gives_the_same_bytes()
    {
        // Built separately, so that equal bytes cannot come from shared objects; no timestamps or random ids.
        Assert.Equal(ExperimentReport.ToBytes(SampleSummary.Build()), ExperimentReport.ToBytes(SampleSummary.Build()));
    }

    [Fact]
    public void The_figures_stay_well_under_a_megabyte_for_seven_strategies_104_weeks_and_ten_inputs()
    {
        // The largest scatter the summary allows: 500 runs per strategy.
        var html = Of(SampleSummary.Build(scatterPoints: 500));

        var figureBytes = html.Split('\n').Where(l => l.StartsWith("Plotly.newPlot(", StringComparison.Ordinal)).Sum(l => l.Length);
        Assert.InRange(figureBytes, 1, 1_000_000);
        var withoutPlotly = html.Length - Charts.PlotlyScript.Source.Length;
        Assert.InRange(withoutPlotly, 1, 1_200_000);
    }

    [Fact]
    public void Plotly_js_is_inlined_once_and_nothing_is_fetched()
    {
        var html = Of(SampleSummary.Build());
        var markup = Regex.Replace(html, "(<script[^>]*>).*?(</script>)", "$1$2", RegexOptions.Singleline);

        Assert.Equal(1, Regex.Count(html, Regex.Escape("* plotly.js v" + Globals.PLOTLYJS_VERSION)));
        Assert.Equal(2, Regex.Count(html, "<script>"));
        Assert.DoesNotContain("<link", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Values_that_are_not_numbers_become_gaps_in_charts_and_dashes_in_tables()
    {
        var summary = SampleSummary.Build();
        var first = summary.Strategies[0];
        summary = summary with
        {
            Strategies = [first with { MaxRegret = double.NaN }, .. summary.Strategies.Skip(1)],
        };

        var html = Of(summary);

        var maxRegret = Traces(html, "exp-regret")[0].GetProperty("x").EnumerateArray().ToArray();
        Assert.Equal(JsonValueKind.Null, maxRegret[0].ValueKind);
        Assert.Contains("<td class=\"num\">–</td><td class=\"num\">1.5</td>", Section(html, "strategies"), StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", html.Replace(Charts.PlotlyScript.Source, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compare_of_a_single_strategy_over_one_state_renders_its_table_boxes_and_regret()
    {
        var score = SampleSummary.Stats("score", 50, 0, 50, 50);
        var only = new StrategySummary("solo", 1, [score], new Interval(0.9, 50, 50), 1, 1, 0, 0, double.NaN, true);
        var summary = new ExperimentSummary(
            new ExperimentHeader("compare", "tiny", "mc", 1, 1, 7UL, ["solo"], [], [], null, Complete: true),
            States: 1, Strategies: [only], ParetoFront: ["solo"], Methods: [], Fan: [], Scatter: [], Discovery: [], Importance: []);

        var html = Of(summary);

        // One outcome (score) → one box; plus the regret chart. Singular words for one sample, replication, state.
        Assert.Equal(["exp-box-0", "exp-regret"], ChartDivIds(html));
        Assert.Contains("1 sample × 1 replication", html, StringComparison.Ordinal);
        Assert.Contains("1 state of the world × 1 strategy = 1 run;", html, StringComparison.Ordinal);
        Assert.Equal([50.0], Numbers(Traces(html, "exp-box-0")[0].GetProperty("median")));
    }
}
