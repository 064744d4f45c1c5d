using System.Text;
using ProcurementSim.Reporting.Page;
using ProcurementSim.Reporting.Text;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>The outcome sections: box plots per outcome, the capability fan chart, cost against capability.</summary>
internal static class OutcomeSections
{
    public static void Distributions(StringBuilder html, ExperimentView view, FigureSet figures)
    {
        html.Append("<section id=\"distributions\">\n<h2>Distributions of outcomes</h2>\n")
            .Append("<p class=\"note\">Over every run of each strategy: the box spans the quartiles, the solid line is the median, ")
            .Append("the dashed line the mean, the whiskers reach the most extreme runs within 1.5 × the interquartile range (Tukey). ")
            .Append("Strategies are listed by rank.</p>\n<div class=\"grid\">\n");
        for (var o = 0; o < view.Outcomes.Count; o++)
        {
            var outcome = view.Outcomes[o];
            var meaning = outcome == ExperimentView.Score ? "composite score, 0–100" : Display.Meaning(outcome);
            html.Append("<figure class=\"panel\"><figcaption><code>").Append(Html.Encode(outcome)).Append("</code>");
            if (meaning.Length > 0)
            {
                html.Append(" <span>").Append(Html.Encode(meaning)).Append("</span>");
            }

            html.Append("</figcaption>\n").Append(figures.Place(BoxPlots.Figure(view, o))).Append("</figure>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    public static void Fan(StringBuilder html, ExperimentView view, FigureSet figures) =>
        html.Append("<section id=\"capability\">\n<h2>Mission capability over time</h2>\n")
            .Append("<p class=\"note\">Per strategy, week by week: the median run (line) and the band from the 10th to the 90th percentile of runs (shaded). ")
            .Append("Click a name in the legend to hide or show a strategy.</p>\n")
            .Append("<figure class=\"panel\">").Append(figures.Place(FanChart.Figure(view))).Append("</figure>\n</section>\n");

    public static void Scatter(StringBuilder html, ExperimentView view, FigureSet figures)
    {
        html.Append("<section id=\"pareto\">\n<h2>Cost and capability</h2>\n")
            .Append("<p class=\"note\">Small dots: a deterministic subsample of runs; diamonds: each strategy's mean over all runs. ");
        html.Append(view.Summary.ParetoFront.Count > 0
            ? "The dashed line joins the Pareto-efficient strategies' means in order of cost (efficiency also counts red-line breaches, so the line need not rise steadily): "
              + string.Join(", ", ParetoScatter.Front(view).Select(s => Html.Strategy(view, s.Strategy))) + ".</p>\n"
            : "No strategy is Pareto-efficient.</p>\n");
        html.Append("<figure class=\"panel\">").Append(figures.Place(ParetoScatter.Figure(view))).Append("</figure>\n</section>\n");
    }

    public static void Robustness(StringBuilder html, ExperimentView view, FigureSet figures)
    {
        var criteria = view.Summary.Header.Satisficing;
        html.Append("<section id=\"robustness\">\n<h2>Robustness</h2>\n")
            .Append("<p><strong>Regret</strong> (Savage's minimax regret): in each state of the world, the best score any strategy reached ")
            .Append("minus this strategy's score. A robust strategy keeps its largest regret small; the mean shows what it gives up on average.</p>\n")
            .Append("<p><strong>Satisficing</strong> (the domain criterion): the share of states in which a strategy meets every criterion");
        html.Append(criteria.Count > 0
            ? ": " + Html.Conditions(criteria) + ". The shares are in the strategy table.</p>\n"
            : ". No criteria were given.</p>\n");
        html.Append("<figure class=\"panel\"><figcaption>Regret by strategy <span>score points</span></figcaption>\n")
            .Append(figures.Place(RegretChart.Figure(view))).Append("</figure>\n</section>\n");
    }
}
