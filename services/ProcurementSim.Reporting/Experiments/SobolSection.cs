using System.Globalization;
using System.Text;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>Sobol global sensitivity: per strategy the bars of the score (and the fail condition), then the top inputs of every outcome.</summary>
internal static class SobolSection
{
    private const int Top = 3;

    public static void Write(StringBuilder html, ExperimentView view, FigureSet figures, SobolResult sobol)
    {
        html.Append("<section id=\"sobol\">\n<h2>Global sensitivity (Sobol)</h2>\n<p class=\"note\">")
            .Append(string.Create(CultureInfo.InvariantCulture,
                $"Variance-based indices from {Format.Count(sobol.Rows)} of {Format.Count(sobol.BaseRows)} base rows of Saltelli's sampling. "))
            .Append("First order S1: the share of an outcome's variance an input explains on its own; total order ST: the share it explains ")
            .Append("alone and through interactions with other inputs (ST − S1 is its interactions; an ST near 0 means the input can be fixed anywhere in its range). ")
            .Append(string.Create(CultureInfo.InvariantCulture,
                $"Whiskers: {sobol.Level * 100:0.##}% percentile intervals from {Format.Count(sobol.Resamples)} bootstrap resamples of the base rows. Small negative values are estimation noise around 0.</p>\n<div class=\"pair\">\n"));
        var index = 0;
        foreach (var strategy in view.Ranked.Select(s => s.Strategy))
        {
            foreach (var ranking in sobol.Rankings.Where(r => r.Strategy == strategy && r.Outcome is ExperimentView.Score or ImportanceChart.Fail))
            {
                html.Append("<figure class=\"panel\"><figcaption>").Append(Html.Strategy(view, strategy)).Append(" <span>")
                    .Append(Html.Encode(ImportanceChart.Label(ranking.Outcome))).Append("</span></figcaption>\n")
                    .Append(figures.Place(SobolChart.Figure(ranking, index++))).Append("</figure>\n");
            }
        }

        html.Append("</div>\n");
        Table(html, view, sobol);
        html.Append("</section>\n");
    }

    private static void Table(StringBuilder html, ExperimentView view, SobolResult sobol)
    {
        var strategies = view.Ranked.Select(s => s.Strategy).Where(s => sobol.Rankings.Any(r => r.Strategy == s)).ToArray();
        html.Append("<table class=\"wide compact small importance\">\n<caption>The ").Append(Top)
            .Append(" inputs with the largest total-order index per outcome and strategy: ST (S1).</caption>\n<thead><tr><th>Outcome</th>");
        foreach (var s in strategies)
        {
            html.Append("<th class=\"strategy-head\"><span class=\"swatch\" style=\"background:").Append(view.Colors.Of(s)).Append("\"></span>")
                .Append(Html.Breakable(s)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var outcome in sobol.Rankings.Select(r => r.Outcome).Distinct(StringComparer.Ordinal))
        {
            html.Append("<tr><td><code>").Append(Html.Breakable(ImportanceChart.Label(outcome))).Append("</code></td>");
            foreach (var s in strategies)
            {
                var ranking = sobol.Rankings.FirstOrDefault(r => r.Strategy == s && r.Outcome == outcome);
                html.Append("<td>").Append(ranking is null || ranking.Inputs.Count == 0 ? Format.Missing : TopInputs(ranking)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string TopInputs(SobolRanking ranking) =>
        "<ol class=\"top3\">" + string.Concat(SobolChart.Ordered(ranking).Take(Top).Select(i =>
            "<li><code>" + Html.Breakable(i.Input) + "</code> <span class=\"index\">" + Format.Index(i.Total) + " (" + Format.Index(i.First) + ")</span></li>")) + "</ol>";
}
