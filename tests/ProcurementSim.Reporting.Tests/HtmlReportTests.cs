using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProcurementSim.Core.Results;
using ProcurementSim.Testing.Results;

namespace ProcurementSim.Reporting.Tests;

public class HtmlReportTests
{
    private static readonly string[] ChartIds = ["chart-capability", "chart-allocation", "chart-cost"];

    private static string Html(RunResult result, double? threshold = 0.6) =>
        Encoding.UTF8.GetString(HtmlReport.ToBytes(result, threshold));

    /// <summary>The figure passed to Plotly.newPlot for a chart id (one line per chart).</summary>
    private static JsonElement Figure(string html, string id)
    {
        var prefix = $"Plotly.newPlot(\"{id}\", ";
        var line = html.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return JsonDocument.Parse(line[prefix.Length..^2]).RootElement.Clone();
    }

    /// <summary>The page without the bodies of its script elements (the markup a browser would fetch resources for).</summary>
    private static string Markup(string html) =>
        Regex.Replace(html, "(<script[^>]*>).*?(</script>)", "$1$2", RegexOptions.Singleline);

    [Fact]
    public void Each_chart_has_a_div_with_a_fixed_id_and_is_drawn_by_plotly()
    {
        var html = Html(SampleRun.Build());

        foreach (var id in ChartIds)
        {
            Assert.Contains($"<div id=\"{id}\" class=\"chart\"></div>", html, StringComparison.Ordinal);
            Assert.Equal(JsonValueKind.Array, Figure(html, id).GetProperty("data").ValueKind);
        }
    }

    [Fact]
    public void The_score_is_shown_with_its_breakdown_rows()
    {
        var html = Html(SampleRun.Build());

        Assert.Contains("<span class=\"score-value\">61.3</span>", html, StringComparison.Ordinal);
        // Worked by hand from SampleRun's breakdown: value, utility, delivery factor, weight as a percentage, points to one decimal.
        Assert.Contains(
            "<tr><td><code>mission_capability_mean</code></td><td class=\"num\">0.642</td><td class=\"num\">0.5</td>"
            + "<td class=\"num\">1</td><td class=\"num\">50%</td><td class=\"num\">25.0</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<tr><td><code>total_cost</code></td><td class=\"num\">350.5</td><td class=\"num\">0.725</td>"
            + "<td class=\"num\">1</td><td class=\"num\">30%</td><td class=\"num\">21.8</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<tr><td><code>red_line_breaches</code></td><td class=\"num\">1</td><td class=\"num\">0.725</td>"
            + "<td class=\"num\">1</td><td class=\"num\">20%</td><td class=\"num\">14.5</td></tr>", html, StringComparison.Ordinal);
        // The sample prices no shortfall: its cost is not applicable, shown as a dash, weight 0.
        Assert.Contains(
            "<tr><td><code>shortfall_cost</code></td><td class=\"num\">—</td><td class=\"num\">—</td>"
            + "<td class=\"num\">1</td><td class=\"num\">0%</td><td class=\"num\">0.0</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_metrics_table_has_every_metric_and_the_cost_breakdown()
    {
        var html = Html(SampleRun.Build());

        foreach (var name in Core.Metrics.MetricNames.All)
        {
            Assert.Contains($"<td><code>{name}</code></td>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<tr class=\"sub\"><td><code>contract_spend</code></td><td class=\"num\">300.5</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"sub\"><td><code>parallel_run_spend</code></td><td class=\"num\">5</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>transition_completed</code></td><td class=\"num\">yes</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_event_list_gives_week_actor_and_detail_and_leaves_out_ordinary_events()
    {
        var html = Html(SampleRun.Build());

        Assert.Contains(
            "<tr><td class=\"num\">1</td><td class=\"num\">1</td><td>agency</td><td>Agency terminates the incumbent, "
            + "citing &quot;supply-chain risk&quot;, with 30 days&#39; notice</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<tr><td class=\"num\">2</td><td class=\"num\">2</td><td>orchestrator</td><td>" + SampleRun.GapDetail + "</td></tr>",
            html, StringComparison.Ordinal);
        Assert.DoesNotContain("Routine routing", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_events_are_marked_on_every_chart_as_a_line_and_a_numbered_label_with_hover_text()
    {
        var html = Html(SampleRun.Build());

        foreach (var id in ChartIds)
        {
            var layout = Figure(html, id).GetProperty("layout");
            var lines = layout.GetProperty("shapes").EnumerateArray().ToArray();
            Assert.Equal([1, 2], lines.Select(s => s.GetProperty("x0").GetInt32()));
            Assert.All(lines, s => Assert.Equal("paper", s.GetProperty("yref").GetString()));

            var labels = layout.GetProperty("annotations").EnumerateArray().ToArray();
            Assert.Equal(["▼1", "▼2"], labels.Select(a => a.GetProperty("text").GetString()));
            Assert.Contains("supply-chain risk", labels[0].GetProperty("hovertext").GetString(), StringComparison.Ordinal);
            // No fixed width: the figure fills the page.
            Assert.False(layout.TryGetProperty("width", out _));
        }
    }

    [Fact]
    public void The_capability_chart_draws_the_threshold_as_a_dashed_line()
    {
        var traces = Figure(Html(SampleRun.Build(), threshold: 0.6), "chart-capability").GetProperty("data").EnumerateArray().ToArray();

        Assert.Equal(["Mission capability", "intelligence", "logistics", "Threshold (0.6)"], traces.Select(t => t.GetProperty("name").GetString()));
        var threshold = traces[^1];
        Assert.Equal("dash", threshold.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal([0.6, 0.6], threshold.GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));

        var withoutThreshold = Figure(Html(SampleRun.Build(), threshold: null), "chart-capability").GetProperty("data");
        Assert.Equal(3, withoutThreshold.GetArrayLength());
    }

    [Fact]
    public void The_page_fetches_nothing_from_the_network()
    {
        var html = Html(SampleRun.Build());
        var markup = Markup(html);

        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        // plotly.js holds href="https://..." in strings for map attributions it never shows here, so the markup is
        // checked apart from the inlined scripts: no script, style or image comes from elsewhere.
        Assert.DoesNotContain("href=\"http", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Plotly_js_is_inlined_once_for_all_charts()
    {
        var html = Html(SampleRun.Build());

        Assert.Equal(2, Regex.Count(html, "<script>"));
        Assert.Equal(1, Regex.Count(html, Regex.Escape("* plotly.js v" + Globals.PLOTLYJS_VERSION)));
        Assert.True(html.IndexOf("* plotly.js v", StringComparison.Ordinal) < html.IndexOf("Plotly.newPlot(\"chart-capability\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_from_the_result_is_html_encoded()
    {
        const string attack = "<script>alert(1)</script>";
        var run = SampleRun.Build();
        var hostile = run with
        {
            Scenario = attack,
            Strategy = "\"><img src=x onerror=alert(2)>",
            Vendors = ["</script><script>alert(3)</script>", "challenger"],
            Events = [run.Events[0] with { Detail = "</script><b onmouseover=alert(4)>x</b>", Actor = "<i>agency</i>" }],
        };

        var html = Html(hostile);

        Assert.DoesNotContain(attack, html, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(3)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>agency", html, StringComparison.Ordinal);
        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        // In the charts, names reach Plotly encoded (Plotly reads labels as HTML), so they show literally.
        var vendorTrace = Figure(html, "chart-allocation").GetProperty("data")[0];
        Assert.Equal("&lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;", vendorTrace.GetProperty("name").GetString());
    }

    [Fact]
    public void The_same_run_gives_the_same_bytes()
    {
        // Built separately, so that equal bytes cannot come from shared objects; no timestamps or random ids.
        Assert.Equal(HtmlReport.ToBytes(SampleRun.Build(), 0.6), HtmlReport.ToBytes(SampleRun.Build(), 0.6));
        Assert.Equal(HtmlReport.ToBytes(SampleRun.Build()), HtmlReport.ToBytes(SampleRun.Build()));
    }

    [Fact]
    public void The_charset_is_declared_before_the_inlined_script()
    {
        var bytes = HtmlReport.ToBytes(SampleRun.Build());
        var head = Encoding.UTF8.GetString(bytes, 0, 1024);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", head, StringComparison.Ordinal);
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public void A_run_without_a_timeline_has_no_charts_and_no_plotly()
    {
        var html = Html(SampleRun.Build() with { Timeline = [] });

        Assert.DoesNotContain("class=\"chart\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("summary-only", html, StringComparison.Ordinal);
    }
}
