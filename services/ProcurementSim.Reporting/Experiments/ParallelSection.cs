using System.Globalization;
using System.Text;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>Sampled runs in parallel coordinates: which runs, how to read and filter them, then the figure.</summary>
internal static class ParallelSection
{
    public static void Write(StringBuilder html, ExperimentView view, FigureSet figures)
    {
        var drawn = ParallelChart.Drawn(view);
        var runs = drawn.Max(r => r.Runs);
        html.Append("<section id=\"parallel\">\n<h2>Sampled runs in parallel coordinates</h2>\n<p class=\"note\">")
            .Append(string.Create(CultureInfo.InvariantCulture, $"One line per run, {Format.Count(runs)} of {Format.Count(view.Summary.States)} states "))
            .Append(runs < view.Summary.States ? "(a deterministic subsample, the same states for every strategy)" : "(every state)")
            .Append(": its sampled inputs (the uncertainties and the strategy's own levers, named as in runs.csv), then its outcomes")
            .Append(ParallelChart.ByFail(drawn)
                ? ", then whether it meets the fail condition " + Html.Conditions([view.Summary.Header.Fail ?? ParallelChart.Fail]) + " (red: yes, blue: no)"
                : ", coloured by score")
            .Append(". Drag along an axis to keep only the runs crossing that range; the other axes show where those runs lie. ")
            .Append("Drag an axis's title to move it; click outside a range to clear it.")
            .Append(drawn.Count > 1 ? " The menu above the plot picks the strategy." : "")
            .Append("</p>\n<figure class=\"panel\">").Append(figures.Place(ParallelChart.Figure(view))).Append("</figure>\n</section>\n");
    }
}
