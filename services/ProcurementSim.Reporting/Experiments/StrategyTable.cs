using System.Globalization;
using System.Text;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>The strategies by rank: mean score with its interval, score percentiles, chance of being best, regret, satisficing, Pareto efficiency.</summary>
internal static class StrategyTable
{
    public static void Write(StringBuilder html, ExperimentView view)
    {
        var criteria = view.Summary.Header.Satisficing;
        var levels = view.Ranked.Select(s => s.ScoreMeanInterval.Level).Distinct().ToArray();
        var ciHead = levels.Length == 1 && double.IsFinite(levels[0])
            ? (levels[0] * 100).ToString("0.#", CultureInfo.InvariantCulture) + "% CI"
            : "CI";
        // One row per strategy; the explanations follow the table, so that it stays as narrow as its numbers.

        html.Append("<section id=\"strategies\">\n<h2>Strategies</h2>\n<table class=\"wide compact\">\n")
            .Append("<thead><tr><th class=\"num\">Rank</th><th>Strategy</th><th class=\"num\">Mean score</th><th class=\"num\">")
            .Append(ciHead).Append("</th><th class=\"num\">P10</th><th class=\"num\">Median</th><th class=\"num\">P90</th>")
            .Append("<th class=\"num\">P(best)</th><th class=\"num\">Max regret</th><th class=\"num\">Mean regret</th>");
        if (criteria.Count > 0)
        {
            html.Append("<th class=\"num\">Satisficing</th>");
        }

        html.Append("<th class=\"mark\">Pareto</th></tr></thead>\n<tbody>\n");
        foreach (var s in view.Ranked)
        {
            Row(html, view, s, criteria.Count > 0);
        }

        html.Append("</tbody>\n</table>\n<p class=\"note\">Score 0–100, higher is better; strategies ranked by mean score, with a ")
            .Append(Html.Encode(ciHead)).Append(" on the mean (Student t). P(best): share of states in which the strategy scored highest (ties shared). ")
            .Append("Regret: score points below the best strategy in the same state. ")
            .Append(criteria.Count > 0
                ? "Satisficing: share of states meeting every criterion: " + Html.Conditions(criteria) + ". "
                : "No satisficing criteria were given, so no satisficing share. ")
            .Append("Pareto ✓: no other strategy is at least as good on mean capability, cost and red-line breaches and better on one.</p>\n</section>\n");
    }

    private static void Row(StringBuilder html, ExperimentView view, StrategySummary s, bool satisficing)
    {
        var score = ExperimentView.Stats(s, ExperimentView.Score);
        html.Append(s.Rank == 1 ? "<tr class=\"best\">" : "<tr>")
            .Append(Html.NumberCell(Format.Count(s.Rank)))
            .Append("<td>").Append(Html.Strategy(view, s.Strategy)).Append("</td>")
            .Append(Html.NumberCell(score is null ? Format.Missing : Format.Points(score.Mean)))
            .Append(Html.NumberCell(Format.Points(s.ScoreMeanInterval.Low) + "–" + Format.Points(s.ScoreMeanInterval.High)))
            .Append(Html.NumberCell(score is null ? Format.Missing : Format.Points(score.P10)))
            .Append(Html.NumberCell(score is null ? Format.Missing : Format.Points(score.P50)))
            .Append(Html.NumberCell(score is null ? Format.Missing : Format.Points(score.P90)))
            .Append(Html.NumberCell(Format.Percent(s.ProbabilityBest)))
            .Append(Html.NumberCell(Format.Points(s.MaxRegret)))
            .Append(Html.NumberCell(Format.Points(s.MeanRegret)));
        if (satisficing)
        {
            html.Append(Html.NumberCell(Format.Percent(s.Satisficing)));
        }

        html.Append("<td class=\"mark\">").Append(s.ParetoEfficient ? "✓" : string.Empty).Append("</td></tr>\n");
    }
}
