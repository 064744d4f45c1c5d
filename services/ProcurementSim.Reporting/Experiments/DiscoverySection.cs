using System.Text;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>Scenario discovery: per strategy, the PRIM box of inputs where the fail condition concentrates.</summary>
internal static class DiscoverySection
{
    public static void Write(StringBuilder html, ExperimentView view, FigureSet figures)
    {
        html.Append("<section id=\"discovery\">\n<h2>Scenario discovery</h2>\n")
            .Append("<p class=\"note\">For each strategy, PRIM (Friedman and Fisher 1999) peels the space of sampled inputs down to a box ")
            .Append("in which the runs meeting the fail condition (the cases of interest) concentrate. <em>Coverage</em>: share of all ")
            .Append("cases of interest inside the box; <em>density</em>: share of the runs inside the box that are cases of interest; ")
            .Append("<em>mass</em>: share of all runs inside the box. In the limits chart every input is scaled to its own range; ")
            .Append("the inputs the box restricts are highlighted, with their limits written at the ends. The search follows the EMA Workbench ")
            .Append("(peeling α 0.05, minimum mass 0.05, pasting α 0.05): the same runs give the same trajectory in both tools. ")
            .Append("<em>Quasi-p</em> of a limit: the chance of at least the box's cases of interest among its runs at the density of the box ")
            .Append("without that limit (one-sided binomial test, Bryant and Lempert 2010); a limit with a high value may be noise. ")
            .Append("<em>Reproduced</em>: share of PRIM searches on random halves of the runs whose box nearest in coverage (in density) ")
            .Append("restricts the input; a real restriction is reproduced in most of them.</p>\n");
        for (var i = 0; i < view.Summary.Discovery.Count; i++)
        {
            Strategy(html, view, figures, view.Summary.Discovery[i], i);
        }

        html.Append("</section>\n");
    }

    private static void Strategy(StringBuilder html, ExperimentView view, FigureSet figures, PrimResult prim, int index)
    {
        html.Append("<article class=\"prim\">\n<h3>").Append(Html.Strategy(view, prim.Strategy)).Append("</h3>\n")
            .Append("<p class=\"facts\">Fail condition ").Append(Html.Conditions([prim.Condition])).Append(": ")
            .Append(Format.Count(prim.CasesOfInterest)).Append(" of ").Append(Format.Count(prim.Runs)).Append(" runs")
            .Append(prim.Runs > 0 ? " (" + Format.Percent((double)prim.CasesOfInterest / prim.Runs) + ")" : string.Empty)
            .Append(".</p>\n");
        if (prim.Box is not { } box)
        {
            html.Append("<p class=\"note\">No box: ")
                .Append(prim.CasesOfInterest == 0 ? "no run met the condition." : "every run met the condition, so no region of the inputs explains it.")
                .Append("</p>\n</article>\n");
            return;
        }

        var restricted = box.Limits.Count(l => l.Restricted);
        html.Append("<p class=\"facts\"><strong>Chosen box:</strong> ").Append(DiscoveryCharts.Measures(box.Coverage, box.Density, box.Mass))
            .Append("; ").Append(Format.Count(restricted)).Append(" of ").Append(Format.Count(box.Limits.Count))
            .Append(" inputs restricted.</p>\n<div class=\"pair\">\n")
            .Append("<figure class=\"panel\"><figcaption>Box limits <span>each input scaled to its range</span></figcaption>\n")
            .Append(figures.Place(DiscoveryCharts.Limits(view, box, index))).Append("</figure>\n")
            .Append("<figure class=\"panel\"><figcaption>Peeling trajectory <span>coverage against density after each peel and paste</span></figcaption>\n")
            .Append(figures.Place(DiscoveryCharts.Peeling(prim, index))).Append("</figure>\n</div>\n");

        html.Append("<table class=\"wide compact small\">\n<thead><tr><th>Input</th><th class=\"num\">Box low</th><th class=\"num\">Box high</th>")
            .Append("<th class=\"num\">Input min</th><th class=\"num\">Input max</th><th class=\"mark\">Restricted</th>")
            .Append("<th class=\"num\">Quasi-p low</th><th class=\"num\">Quasi-p high</th>")
            .Append("<th class=\"num\">Reproduced (coverage)</th><th class=\"num\">Reproduced (density)</th></tr></thead>\n<tbody>\n");
        foreach (var limit in box.Limits)
        {
            var input = view.Input(limit.Input);
            html.Append(limit.Restricted ? "<tr class=\"restricted\">" : "<tr>")
                .Append("<td><code>").Append(Html.Encode(limit.Input)).Append("</code></td>")
                .Append(Html.NumberCell(Format.Number(limit.Low)))
                .Append(Html.NumberCell(Format.Number(limit.High)))
                .Append(Html.NumberCell(input is null ? Format.Missing : Format.Number(input.Min)))
                .Append(Html.NumberCell(input is null ? Format.Missing : Format.Number(input.Max)))
                .Append("<td class=\"mark\">").Append(limit.Restricted ? "yes" : string.Empty).Append("</td>")
                .Append(Html.NumberCell(Html.Encode(Format.PValue(limit.QuasiPLow))))
                .Append(Html.NumberCell(Html.Encode(Format.PValue(limit.QuasiPHigh))))
                .Append(Html.NumberCell(limit.ReproduceCoverage is { } rc ? Format.Percent(rc) : Format.Missing))
                .Append(Html.NumberCell(limit.ReproduceDensity is { } rd ? Format.Percent(rd) : Format.Missing))
                .Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        Cart(html, view, prim.Strategy);
        html.Append("</article>\n");
    }

    /// <summary>The classification tree's densest leaves for the strategy, as boxes.</summary>
    private static void Cart(StringBuilder html, ExperimentView view, string strategy)
    {
        var cart = view.Summary.Cart?.FirstOrDefault(c => string.Equals(c.Strategy, strategy, StringComparison.Ordinal));
        if (cart is null || cart.Leaves == 0) return;
        html.Append("<p class=\"facts\"><strong>CART:</strong> a classification tree on the fail condition (Gini impurity, at least 5% of the runs per leaf) has ")
            .Append(Format.Counted(cart.Leaves, "leaf", "leaves")).Append(cart.Boxes.Count == 0 ? "; none is denser than all runs.</p>\n" : "; the densest:</p>\n");
        if (cart.Boxes.Count == 0) return;
        html.Append("<table class=\"wide compact small\">\n<thead><tr><th>Leaf</th><th class=\"num\">Coverage</th><th class=\"num\">Density</th>")
            .Append("<th class=\"num\">Mass</th><th>Limits (above low, up to high)</th></tr></thead>\n<tbody>\n");
        foreach (var leaf in cart.Boxes)
        {
            var limits = leaf.Limits.Where(l => l.Restricted).Select(l =>
                "<code>" + Html.Encode(l.Input) + "</code> "
                + (double.IsFinite(l.Low) && double.IsFinite(l.High) ? Format.Number(l.Low) + " &lt; … ≤ " + Format.Number(l.High)
                    : double.IsFinite(l.Low) ? "&gt; " + Format.Number(l.Low) : "≤ " + Format.Number(l.High)));
            html.Append("<tr><td>").Append(leaf.Step + 1).Append("</td>")
                .Append(Html.NumberCell(Format.Number(leaf.Coverage)))
                .Append(Html.NumberCell(Format.Number(leaf.Density)))
                .Append(Html.NumberCell(Format.Number(leaf.Mass)))
                .Append("<td>").Append(string.Join("; ", limits)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
