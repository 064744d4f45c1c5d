using System.Text;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>Feature importance: per strategy a bar chart for the score (and the fail condition), then the top inputs of every outcome.</summary>
internal static class ImportanceSection
{
    private const int Top = 3;

    public static void Write(StringBuilder html, ExperimentView view, FigureSet figures)
    {
        html.Append("<section id=\"importance\">\n<h2>Feature importance</h2>\n")
            .Append("<p class=\"note\">How much of an outcome's variance each input explains on its own: the first-order sensitivity index, ")
            .Append("estimated from the runs as the correlation ratio over quantile bins of the input (0 = none, 1 = all). ")
            .Append("The sign is that of the Spearman rank correlation: + when the outcome rises with the input, − when it falls. ")
            .Append("Every chart has the same scale. An index whose F test (one-way analysis of variance over the same bins) has a p-value above ")
            .Append("0.01 cannot be told from 0: such inputs are marked <em>indistinguishable from 0</em>, left out of the top inputs, and their order means nothing.</p>\n<div class=\"pair\">\n");
        var scale = ImportanceChart.Scale(view);
        for (var i = 0; i < view.Ranked.Count; i++)
        {
            var strategy = view.Ranked[i].Strategy;
            var rankings = ImportanceChart.Charted(view, strategy);
            if (rankings.Count == 0)
            {
                continue;
            }

            html.Append("<figure class=\"panel\"><figcaption>").Append(Html.Strategy(view, strategy)).Append(" <span>")
                .Append(string.Join(" and ", rankings.Select(r => Html.Encode(ImportanceChart.Label(r.Outcome))))).Append("</span></figcaption>\n")
                .Append(figures.Place(ImportanceChart.Figure(rankings, i, scale))).Append("</figure>\n");
        }

        html.Append("</div>\n");
        Table(html, view);
        html.Append("</section>\n");
    }

    private static void Table(StringBuilder html, ExperimentView view)
    {
        var strategies = view.Ranked.Select(s => s.Strategy)
            .Where(s => view.Summary.Importance.Any(r => string.Equals(r.Strategy, s, StringComparison.Ordinal)))
            .ToArray();
        html.Append("<table class=\"wide compact small importance\">\n<caption>The ").Append(Top).Append(" most important inputs per outcome and strategy (of those distinguishable from 0), ")
            .Append("with their first-order index and the direction of their effect.</caption>\n<thead><tr><th>Outcome</th>");
        foreach (var s in strategies)
        {
            html.Append("<th class=\"strategy-head\"><span class=\"swatch\" style=\"background:").Append(view.Colors.Of(s)).Append("\"></span>")
                .Append(Html.Breakable(s)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var outcome in Outcomes(view))
        {
            html.Append("<tr><td><code>").Append(Html.Breakable(ImportanceChart.Label(outcome))).Append("</code></td>");
            foreach (var s in strategies)
            {
                var ranking = view.Summary.Importance.FirstOrDefault(r =>
                    string.Equals(r.Strategy, s, StringComparison.Ordinal) && string.Equals(r.Outcome, outcome, StringComparison.Ordinal));
                html.Append("<td>").Append(ranking is null ? Format.Missing : TopInputs(ranking)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>The outcomes with a ranking: the summary's outcome order (score, metrics), then others as they come, the fail condition last.</summary>
    private static IEnumerable<string> Outcomes(ExperimentView view)
    {
        var present = view.Summary.Importance.Select(r => r.Outcome).Distinct(StringComparer.Ordinal).ToList();
        return view.Outcomes.Where(present.Contains)
            .Concat(present.Where(o => !view.Outcomes.Contains(o) && o != ImportanceChart.Fail))
            .Concat(present.Where(o => o == ImportanceChart.Fail));
    }

    private static string TopInputs(ImportanceRanking ranking)
    {
        if (ranking.Inputs.Count == 0)
        {
            return Format.Missing;
        }

        var items = ranking.Inputs.Where(i => !i.Indistinguishable).Take(Top).Select(i =>
            "<li><code>" + Html.Breakable(i.Input) + "</code> <span class=\"index\">" + Format.Index(i.FirstOrder)
            + (Direction(i.Spearman) is { Length: > 0 } sign ? "&nbsp;" + sign : string.Empty) + "</span></li>").ToList();
        var zero = ranking.Inputs.Count(i => i.Indistinguishable);
        var note = zero == 0 ? string.Empty
            : "<p class=\"zero\">" + Format.Counted(zero, "input", "inputs") + " indistinguishable from 0</p>";
        return (items.Count == 0 ? string.Empty : "<ol class=\"top3\">" + string.Concat(items) + "</ol>") + note;
    }

    private static string Direction(double spearman) =>
        !double.IsFinite(spearman) || spearman == 0 ? string.Empty : spearman > 0 ? "+" : "−";
}
