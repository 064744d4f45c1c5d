using System.Globalization;
using System.Text;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Results;
using ProcurementSim.Reporting.Charts;
using ProcurementSim.Reporting.Text;

namespace ProcurementSim.Reporting.Page;

/// <summary>The report's HTML: header, score and breakdown, charts, key events, metrics, then plotly.js once and the figures.</summary>
internal static class ReportPage
{
    /// <summary>The page's UTF-8 bytes.</summary>
    public static byte[] Render(RunResult result, IReadOnlyList<KeyEvent> keyEvents, IReadOnlyList<ChartFigure> figures)
    {
        var title = Encode(result.Scenario) + " – " + Encode(result.Strategy) + " (seed " + result.Seed.ToString(CultureInfo.InvariantCulture) + ") · ProcurementSim report";
        var html = HtmlPage.Begin(title, ReportCss.Text);

        Header(html, result);
        Score(html, result);
        Charts(html, figures, keyEvents.Count > 0);
        KeyEvents(html, keyEvents);
        Metrics(html, result.Metrics);

        return HtmlPage.End(html, figures);
    }

    private static void Header(StringBuilder html, RunResult result) =>
        html.Append("<header>\n<p class=\"kicker\">ProcurementSim run report</p>\n")
            .Append("<h1>").Append(Encode(result.Scenario)).Append("</h1>\n")
            .Append("<p class=\"run\">Strategy <strong>").Append(Encode(result.Strategy))
            .Append("</strong> · seed <code>").Append(result.Seed).Append("</code></p>\n</header>\n");

    private static void Score(StringBuilder html, RunResult result)
    {
        html.Append("<section class=\"score\">\n<div class=\"score-figure\"><span class=\"score-value\">")
            .Append(Display.Points(result.Score))
            .Append("</span><span class=\"score-scale\">/ 100</span><p>composite score</p></div>\n")
            .Append("<table class=\"breakdown\">\n<caption>How the score is made: points = 100 × weight × delivery × utility; delivery is the share of the mission delivered for metrics that are not themselves about delivery; — marks a metric that does not apply, whose weight goes to the others</caption>\n")
            .Append("<thead><tr><th>Metric</th><th class=\"num\">Value</th><th class=\"num\">Utility</th><th class=\"num\">Delivery</th>")
            .Append("<th class=\"num\">Weight</th><th class=\"num\">Points</th></tr></thead>\n<tbody>\n");
        foreach (var c in result.Breakdown)
        {
            html.Append("<tr><td><code>").Append(Encode(c.Metric)).Append("</code></td>")
                .Append(NumberCell(Display.Number(c.Value)))
                .Append(NumberCell(Display.Number(c.Utility)))
                .Append(NumberCell(Display.Number(c.DeliveryFactor)))
                .Append(NumberCell(Display.Percent(c.Weight)))
                .Append(NumberCell(Display.Points(c.Points))).Append("</tr>\n");
        }

        html.Append("</tbody>\n<tfoot><tr><th colspan=\"5\">Score</th>").Append(NumberCell(Display.Points(result.Score)))
            .Append("</tr></tfoot>\n</table>\n</section>\n");
    }

    private static void Charts(StringBuilder html, IReadOnlyList<ChartFigure> figures, bool hasKeyEvents)
    {
        html.Append("<section>\n<h2>Over time</h2>\n");
        if (figures.Count == 0)
        {
            html.Append("<p class=\"note\">This run kept no timeline (summary-only mode), so there are no charts.</p>\n</section>\n");
            return;
        }

        if (hasKeyEvents)
        {
            html.Append("<p class=\"note\">Dotted lines mark key events, numbered as in the list below; hover a number for the details.</p>\n");
        }

        foreach (var figure in figures)
        {
            html.Append("<div id=\"").Append(figure.Id).Append("\" class=\"chart\"></div>\n");
        }

        html.Append("</section>\n");
    }

    private static void KeyEvents(StringBuilder html, IReadOnlyList<KeyEvent> keyEvents)
    {
        html.Append("<section>\n<h2>Key events</h2>\n");
        if (keyEvents.Count == 0)
        {
            html.Append("<p class=\"note\">No key events.</p>\n</section>\n");
            return;
        }

        html.Append("<table class=\"events\">\n<thead><tr><th class=\"num\">#</th><th class=\"num\">Week</th><th>Actor</th><th>Detail</th></tr></thead>\n<tbody>\n");
        foreach (var k in keyEvents)
        {
            html.Append("<tr>").Append(NumberCell(Display.Integer(k.Number)))
                .Append(NumberCell(Display.Integer(k.Event.Tick)))
                .Append("<td>").Append(Encode(k.Event.Actor)).Append("</td>")
                .Append("<td>").Append(Encode(k.Event.Detail)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Metrics(StringBuilder html, RunMetrics m)
    {
        html.Append("<section>\n<h2>Metrics</h2>\n<table class=\"metrics\">\n")
            .Append("<thead><tr><th>Metric</th><th class=\"num\">Value</th><th>Meaning</th></tr></thead>\n<tbody>\n");
        foreach (var name in MetricNames.All)
        {
            MetricRow(html, name, Display.Number(m.Get(name)), Display.Meaning(name), sub: false);
            if (name == MetricNames.TransitionWeeks)
            {
                MetricRow(html, "transition_completed", m.TransitionCompleted ? "yes" : "no", "whether the replacement reached its target share", sub: false);
            }
            else if (name == MetricNames.TotalCost)
            {
                MetricRow(html, "contract_spend", Display.Number(m.Cost.ContractSpend), "served task units × contract price", sub: true);
                MetricRow(html, "switching_cost", Display.Number(m.Cost.SwitchingCost), "onboarding paid at awards", sub: true);
                MetricRow(html, "termination_fees", Display.Number(m.Cost.TerminationFees), "fees, pay in lieu of notice, legal costs", sub: true);
                MetricRow(html, "parallel_run_spend", Display.Number(m.Cost.ParallelRunSpend), "shadow work paid during a parallel run", sub: true);
            }
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void MetricRow(StringBuilder html, string name, string value, string meaning, bool sub) =>
        html.Append(sub ? "<tr class=\"sub\">" : "<tr>").Append("<td><code>").Append(name).Append("</code></td>")
            .Append(NumberCell(value)).Append("<td>").Append(Encode(meaning)).Append("</td></tr>\n");

    private static string NumberCell(string text) => HtmlPage.NumberCell(text);

    private static string Encode(string text) => HtmlPage.Encode(text);
}
