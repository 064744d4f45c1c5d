using System.Text;
using ProcurementSim.Reporting.Charts;
using ProcurementSim.Reporting.Page;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>
/// The experiment report's HTML, in order: what was run, the sampled inputs, the strategy table, outcome box plots,
/// the capability fan chart, cost against capability, robustness, sampled runs in parallel coordinates, scenario discovery, feature importance, methods.
/// Sections without data are left out.
/// </summary>
internal static class ExperimentPage
{
    /// <summary>The page's UTF-8 bytes.</summary>
    public static byte[] Render(ExperimentView view)
    {
        var summary = view.Summary;
        var title = Html.Encode(summary.Header.Scenario) + " – " + Html.Encode(summary.Header.Command) + " · ProcurementSim experiment report";
        var html = HtmlPage.Begin(title, ReportCss.Text + ExperimentCss.Text);
        var figures = new FigureSet();

        HeaderSection.Write(html, view);
        Contents(html, view);
        HeaderSection.Inputs(html, view);
        StrategyTable.Write(html, view);
        if (view.Outcomes.Count > 0)
        {
            OutcomeSections.Distributions(html, view, figures);
        }

        if (summary.Fan.Count > 0)
        {
            OutcomeSections.Fan(html, view, figures);
        }

        if (summary.Scatter.Count > 0)
        {
            OutcomeSections.Scatter(html, view, figures);
        }

        if (summary.Strategies.Count > 0)
        {
            OutcomeSections.Robustness(html, view, figures);
        }

        if (ParallelChart.Drawn(view).Count > 0)
        {
            ParallelSection.Write(html, view, figures);
        }

        if (summary.Discovery.Count > 0)
        {
            DiscoverySection.Write(html, view, figures);
        }

        if (summary.Importance.Count > 0)
        {
            ImportanceSection.Write(html, view, figures);
        }

        if (summary.Sobol is { } sobol)
        {
            SobolSection.Write(html, view, figures, sobol);
        }

        Methods(html, view);
        return HtmlPage.End(html, figures.Figures);
    }

    private static void Contents(StringBuilder html, ExperimentView view)
    {
        var summary = view.Summary;
        var links = new List<(string Id, string Text)> { ("inputs", "Inputs"), ("strategies", "Strategies") };
        if (view.Outcomes.Count > 0) links.Add(("distributions", "Distributions"));
        if (summary.Fan.Count > 0) links.Add(("capability", "Capability over time"));
        if (summary.Scatter.Count > 0) links.Add(("pareto", "Cost and capability"));
        if (summary.Strategies.Count > 0) links.Add(("robustness", "Robustness"));
        if (ParallelChart.Drawn(view).Count > 0) links.Add(("parallel", "Sampled runs"));
        if (summary.Discovery.Count > 0) links.Add(("discovery", "Scenario discovery"));
        if (summary.Importance.Count > 0) links.Add(("importance", "Feature importance"));
        if (summary.Sobol is not null) links.Add(("sobol", "Global sensitivity"));
        links.Add(("methods", "Methods"));
        html.Append("<nav class=\"contents\">")
            .AppendJoin(" · ", links.Select(l => "<a href=\"#" + l.Id + "\">" + l.Text + "</a>"))
            .Append("</nav>\n");
    }

    private static void Methods(StringBuilder html, ExperimentView view)
    {
        html.Append("<section id=\"methods\">\n<h2>Methods and references</h2>\n");
        if (view.Summary.Methods.Count > 0)
        {
            html.Append("<ul class=\"methods\">\n");
            foreach (var line in view.Summary.Methods)
            {
                html.Append("<li>").Append(Html.Encode(line)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n<footer>Every strategy played the same states of the world (common random numbers). ")
            .Append("Running the same scenario with the same command, design, sample size, replications and seed reproduces these numbers.</footer>\n");
    }
}
