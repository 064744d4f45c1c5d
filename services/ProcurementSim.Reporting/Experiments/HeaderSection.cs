using System.Globalization;
using System.Text;

namespace ProcurementSim.Reporting.Experiments;

/// <summary>What was run: command, scenario, design, sizes, seed, strategies; the stopped-early banner; the sampled inputs.</summary>
internal static class HeaderSection
{
    public static void Write(StringBuilder html, ExperimentView view)
    {
        var header = view.Summary.Header;
        var strategies = header.Strategies.Count;
        var planned = (long)header.Samples * header.Replications;
        html.Append("<header>\n<p class=\"kicker\">ProcurementSim experiment report · ").Append(Html.Encode(header.Command)).Append("</p>\n")
            .Append("<h1>").Append(Html.Encode(header.Scenario)).Append("</h1>\n")
            .Append("<p class=\"run\"><code>procsim ").Append(Html.Encode(header.Command)).Append("</code> · design <strong>")
            .Append(Html.Encode(header.Design)).Append("</strong> · ").Append(Format.Counted(header.Samples, "sample", "samples"))
            .Append(" × ").Append(Format.Counted(header.Replications, "replication", "replications")).Append(" · seed <code>")
            .Append(header.Seed.ToString(CultureInfo.InvariantCulture)).Append("</code></p>\n")
            .Append("<p class=\"run\">").Append(Format.Counted(view.Summary.States, "state", "states")).Append(" of the world × ")
            .Append(Format.Counted(strategies, "strategy", "strategies")).Append(" = ")
            .Append(Format.Counted((long)view.Summary.States * strategies, "run", "runs"))
            .Append("; every strategy played each state with the same inputs and random streams. Strategies in play order: ")
            .AppendJoin(", ", header.Strategies.Select(s => Html.Strategy(view, s))).Append(".</p>\n</header>\n");

        if (!header.Complete)
        {
            html.Append("<p class=\"banner\"><strong>Stopped early.</strong> The experiment was stopped before every run was played: ")
                .Append("the statistics cover the ").Append(Format.Count(view.Summary.States)).Append(" of ")
                .Append(Format.Count(planned)).Append(" planned states of the world that every strategy completed.</p>\n");
        }
    }

    public static void Inputs(StringBuilder html, ExperimentView view)
    {
        var inputs = view.Summary.Header.Inputs;
        html.Append("<section id=\"inputs\">\n<h2>Sampled inputs</h2>\n");
        if (inputs.Count == 0)
        {
            html.Append("<p class=\"note\">No uncertainties or levers were sampled: the states of the world differ only in their random streams.</p>\n</section>\n");
            return;
        }

        html.Append("<table class=\"wide compact\">\n<caption>Uncertainties apply to every strategy; a lever only to its own strategy.</caption>\n")
            .Append("<thead><tr><th>Input</th><th>Kind</th><th>Applies to</th><th>Parameter</th><th>Distribution</th>")
            .Append("<th class=\"num\">Min</th><th class=\"num\">Max</th></tr></thead>\n<tbody>\n");
        foreach (var input in inputs)
        {
            html.Append("<tr><td><code>").Append(Html.Encode(input.Name)).Append("</code></td>")
                .Append("<td>").Append(Html.Encode(input.Kind)).Append("</td>")
                .Append("<td>").Append(input.Strategy is { } s ? Html.Strategy(view, s) : "all strategies").Append("</td>")
                .Append("<td><code>").Append(Html.Encode(input.Parameter)).Append("</code></td>")
                .Append("<td><code>").Append(Html.Encode(input.Distribution)).Append("</code>")
                .Append(input.IsDiscrete ? " <span class=\"note\">(discrete)</span>" : string.Empty).Append("</td>")
                .Append(Html.NumberCell(Format.Number(input.Min)))
                .Append(Html.NumberCell(Format.Number(input.Max))).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }
}
