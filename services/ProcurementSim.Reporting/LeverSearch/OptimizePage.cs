using System.Globalization;
using System.Text;
using System.Text.Json;
using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Reporting.Charts;
using ProcurementSim.Reporting.Page;

namespace ProcurementSim.Reporting.LeverSearch;

/// <summary>
/// The lever search's page: what was searched, the front's table (in and out of sample), parallel coordinates of the
/// front (levers and objectives; dragging along an axis filters the others), the trade-off scatter with the
/// out-of-sample figures beside the in-sample ones, the hypervolume by generation, and the methods.
/// </summary>
internal static class OptimizePage
{
    private const string InColor = "#1f77b4", OutColor = "#ff7f0e", ReferenceColor = "#7f7f7f";

    public static byte[] Render(OptimizeSummary summary)
    {
        var h = summary.Header;
        var html = HtmlPage.Begin(Enc(h.Scenario) + " – optimize " + Enc(h.Strategy) + " · ProcurementSim lever search", ReportCss.Text);
        var figures = new List<ChartFigure>();
        html.Append("<h1>Robust lever search: ").Append(Enc(h.Strategy)).Append(" in ").Append(Enc(h.Scenario)).Append("</h1>\n");
        html.Append("<p>").Append(Enc(Text($"NSGA-II over {summary.Levers.Count} levers, {h.Population} candidates × {h.GenerationsCompleted} generations of {h.Generations} (seed {h.Seed}); every candidate judged in the same {h.States:N0} states of the world (Latin hypercube over the uncertainties, common random numbers); the front re-evaluated in {h.OutOfSampleStates:N0} fresh states (seed {h.OutOfSampleSeed}). {summary.Evaluations:N0} candidates, {summary.Runs:N0} runs."))).Append("</p>\n");
        if (!h.Complete) html.Append("<p class=\"warning\">Stopped early: the front is the last complete generation's, with in-sample figures only.</p>\n");
        html.Append("<p>Objectives: ").Append(string.Join("; ", summary.Objectives.Select(o => Enc(o.Name + " (" + o.Sense + ")")))).Append(". Satisficing: ")
            .Append(Enc(string.Join(" and ", h.Satisficing))).Append(". Regret in a state: the best score of the strategies as written (")
            .Append(Enc(string.Join(", ", h.ReferenceStrategies))).Append(") minus the setting's, never below 0.</p>\n");

        FrontTable(html, summary);
        if (summary.Front.Count > 0)
        {
            html.Append("<h2>Parallel coordinates of the front</h2>\n<p>One line per Pareto-efficient setting: its levers, then its objectives in sample")
                .Append(h.Complete ? " and out of sample" : "").Append(". Drag along an axis to keep only the lines crossing that range; the other axes follow.</p>\n");
            html.Append("<div id=\"parcoords\" class=\"chart\" style=\"height:480px\"></div>\n");
            figures.Add(ParallelCoordinates(summary));
        }
        var pairs = Pairs(summary.Objectives.Count);
        if (pairs.Count > 0 && summary.Front.Count > 0)
        {
            html.Append("<h2>Trade-offs, in sample and out of sample</h2>\n<p>Each setting of the front in sample (circles) and, joined by a line, in the fresh states (diamonds); the strategies as written as grey crosses (in sample).</p>\n");
            foreach (var (a, b) in pairs)
            {
                var id = Text($"tradeoff-{a}-{b}");
                html.Append("<div id=\"").Append(id).Append("\" class=\"chart\" style=\"height:440px\"></div>\n");
                figures.Add(Scatter(summary, id, a, b));
            }
        }
        html.Append("<h2>Convergence</h2>\n<p>Hypervolume of each generation's non-dominated set, objectives normalised by the best and worst values on any generation's front (best 0, worst 1), reference point 1.1 in each.</p>\n");
        html.Append("<div id=\"hypervolume\" class=\"chart\" style=\"height:320px\"></div>\n");
        figures.Add(Volumes(summary));
        Methods(html, summary);
        return HtmlPage.End(html, figures);
    }

    private static void FrontTable(StringBuilder html, OptimizeSummary summary)
    {
        html.Append("<h2>Pareto-efficient settings</h2>\n<table>\n<thead><tr><th>setting</th>");
        foreach (var l in summary.Levers) html.Append("<th>").Append(Enc(l.Name)).Append("</th>");
        foreach (var o in summary.Objectives) html.Append("<th>").Append(Enc(o.Name)).Append(" in sample</th><th>out of sample</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var p in summary.Front)
        {
            html.Append("<tr><td>").Append(Enc(p.Label)).Append(p.Equivalent > 1 ? Text($" (×{p.Equivalent})") : "").Append(p.EfficientOutOfSample == false ? " *" : "").Append("</td>");
            foreach (var v in p.Levers) html.Append(HtmlPage.NumberCell(Num(v)));
            for (var m = 0; m < summary.Objectives.Count; m++)
            {
                html.Append(HtmlPage.NumberCell(Num(p.InSample[m]))).Append(HtmlPage.NumberCell(p.OutOfSample is { } o ? Num(o[m]) : "–"));
            }
            html.Append("</tr>\n");
        }
        foreach (var r in summary.References)
        {
            html.Append("<tr class=\"reference\"><td>").Append(Enc(r.Strategy)).Append(" (as written)</td>");
            foreach (var _ in summary.Levers) html.Append("<td></td>");
            for (var m = 0; m < summary.Objectives.Count; m++)
            {
                html.Append(HtmlPage.NumberCell(Num(r.InSample[m]))).Append(HtmlPage.NumberCell(r.OutOfSample is { } o ? Num(o[m]) : "–"));
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (summary.Front.Any(p => p.EfficientOutOfSample == false))
        {
            html.Append("<p>*: dominated out of sample by another setting of the front.</p>\n");
        }
        if (summary.Front.Any(p => p.Equivalent > 1))
        {
            html.Append("<p>(×n): n settings of the last population had exactly these in-sample figures; the one shown is the first in lever order.</p>\n");
        }
    }

    private static ChartFigure ParallelCoordinates(OptimizeSummary summary)
    {
        var front = summary.Front;
        var outOfSample = front.All(p => p.OutOfSample is not null);
        return PlotJson.Figure("parcoords", w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "parcoords");
            w.WriteStartObject("line");
            PlotJson.Numbers(w, "color", front.Select(p => (outOfSample ? p.OutOfSample! : p.InSample)[0]));
            w.WriteString("colorscale", "Viridis");
            w.WriteBoolean("showscale", true);
            w.WriteStartObject("colorbar");
            w.WriteStartObject("title");
            w.WriteString("text", summary.Objectives[0].Name);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("dimensions");
            for (var j = 0; j < summary.Levers.Count; j++)
            {
                var lever = summary.Levers[j];
                Dimension(w, lever.Name, front.Select(p => p.Levers[j]), lever.Min, lever.Max);
            }
            for (var m = 0; m < summary.Objectives.Count; m++)
            {
                var name = summary.Objectives[m].Name;
                Dimension(w, name + " (in)", front.Select(p => p.InSample[m]), double.NaN, double.NaN);
                if (outOfSample) Dimension(w, name + " (out)", front.Select(p => p.OutOfSample![m]), double.NaN, double.NaN);
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }, w =>
        {
            w.WriteStartObject("margin");
            w.WriteNumber("l", 80);
            w.WriteNumber("r", 80);
            w.WriteNumber("t", 60);
            w.WriteNumber("b", 30);
            w.WriteEndObject();
        });
    }

    private static void Dimension(Utf8JsonWriter w, string label, IEnumerable<double> values, double min, double max)
    {
        var list = values.ToList();
        w.WriteStartObject();
        w.WriteString("label", label);
        PlotJson.Numbers(w, "values", list);
        var (low, high) = ParcoordsRange.Of(list, min, max);
        PlotJson.Numbers(w, "range", [low, high]);
        w.WriteEndObject();
    }

    private static ChartFigure Scatter(OptimizeSummary summary, string id, int a, int b)
    {
        var front = summary.Front;
        var outOfSample = front.All(p => p.OutOfSample is not null);
        return PlotJson.Figure(id, w =>
        {
            if (outOfSample)
            {
                // One trace of segments (in → out), separated by nulls.
                w.WriteStartObject();
                w.WriteString("type", "scatter");
                w.WriteString("mode", "lines");
                w.WriteString("name", "in → out of sample");
                w.WriteString("hoverinfo", "skip");
                w.WriteStartObject("line");
                w.WriteString("color", "#c7c7c7");
                w.WriteNumber("width", 1);
                w.WriteEndObject();
                PlotJson.Numbers(w, "x", front.SelectMany(p => new[] { p.InSample[a], p.OutOfSample![a], double.NaN }));
                PlotJson.Numbers(w, "y", front.SelectMany(p => new[] { p.InSample[b], p.OutOfSample![b], double.NaN }));
                w.WriteEndObject();
            }
            Points(w, "in sample", "circle", InColor, front.Select(p => p.Label), front.Select(p => p.InSample[a]), front.Select(p => p.InSample[b]));
            if (outOfSample)
            {
                Points(w, "out of sample", "diamond", OutColor, front.Select(p => p.Label), front.Select(p => p.OutOfSample![a]), front.Select(p => p.OutOfSample![b]));
            }
            Points(w, "strategies as written", "x", ReferenceColor, summary.References.Select(r => r.Strategy),
                summary.References.Select(r => r.InSample[a]), summary.References.Select(r => r.InSample[b]));
        }, w =>
        {
            PlotJson.Axis(w, "xaxis", Axis(summary.Objectives[a]));
            PlotJson.Axis(w, "yaxis", Axis(summary.Objectives[b]));
            w.WriteString("hovermode", "closest");
        });
    }

    private static void Points(Utf8JsonWriter w, string name, string symbol, string color, IEnumerable<string> labels, IEnumerable<double> x, IEnumerable<double> y)
    {
        w.WriteStartObject();
        w.WriteString("type", "scatter");
        w.WriteString("mode", "markers");
        w.WriteString("name", name);
        PlotJson.Numbers(w, "x", x);
        PlotJson.Numbers(w, "y", y);
        PlotJson.Strings(w, "text", labels);
        w.WriteStartObject("marker");
        w.WriteString("symbol", symbol);
        w.WriteString("color", color);
        w.WriteNumber("size", 9);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static ChartFigure Volumes(OptimizeSummary summary) => PlotJson.Figure("hypervolume", w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "scatter");
        w.WriteString("mode", "lines+markers");
        w.WriteString("name", "hypervolume");
        PlotJson.Numbers(w, "x", summary.Volumes.Select(v => (double)v.Generation));
        PlotJson.Numbers(w, "y", summary.Volumes.Select(v => v.Hypervolume));
        w.WriteEndObject();
    }, w =>
    {
        PlotJson.Axis(w, "xaxis", "generation");
        PlotJson.Axis(w, "yaxis", "normalised hypervolume");
    });

    private static void Methods(StringBuilder html, OptimizeSummary summary)
    {
        var s = summary.Header.Settings;
        html.Append("<h2>Methods</h2>\n<ul>\n");
        foreach (var line in (string[])[
            "NSGA-II (Deb, Pratap, Agarwal & Meyarivan 2002): fast non-dominated sort, crowding distance, binary tournament on rank then crowding.",
            Text($"Simulated binary crossover (probability {s.CrossoverProbability}, η {s.CrossoverEta}) and polynomial mutation (probability {s.MutationProbability ?? 1.0 / summary.Levers.Count:0.####} per lever, η {s.MutationEta}); whole-number levers are rounded, a list of values is searched by its index in increasing order."),
            "Every candidate is played in the same states (common random numbers); the Pareto-efficient settings are played again in fresh states drawn with another seed, so their out-of-sample figures are free of the search's selection bias.",
            "Percentiles: Hyndman & Fan (1996) definition 7. Hypervolume: exact, by slicing objectives (While et al. 2006).",
            "docs/MODEL.md §13.14 describes the search step by step.",
        ])
        {
            html.Append("<li>").Append(Enc(line)).Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    private static List<(int, int)> Pairs(int count) =>
        [.. Enumerable.Range(0, count).SelectMany(a => Enumerable.Range(a + 1, count - a - 1).Select(b => (a, b))).Take(3)];

    private static string Axis(ObjectiveColumn o) => o.Name + (o.Sense == "maximise" ? " (higher is better)" : " (lower is better)");

    private static string Num(double v) => double.IsFinite(v) ? v.ToString("G4", CultureInfo.InvariantCulture) : "–";

    private static string Enc(string text) => HtmlPage.Encode(text);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
