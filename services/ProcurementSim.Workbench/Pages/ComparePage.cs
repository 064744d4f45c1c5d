using System.Text.Json;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Reporting.Text;
using ProcurementSim.Workbench.Editing;
using ProcurementSim.Workbench.Playing;
using ProcurementSim.Workbench.Store;
using static ProcurementSim.Workbench.Pages.Layout;

namespace ProcurementSim.Workbench.Pages;

/// <summary>Variants side by side: the inputs that differ, the outcomes (those that differ marked), the capability timelines overlaid.</summary>
internal static class ComparePage
{
    public static string Render(IReadOnlyList<(Variant Variant, VariantRun? Run)> items)
    {
        var leaves = items.Select(i => YamlLeaves.Read(i.Variant.Yaml).ToDictionary(l => l.Path, l => l.Value, StringComparer.Ordinal)).ToList();
        var paths = leaves.SelectMany(l => l.Keys).Distinct(StringComparer.Ordinal).ToList();
        var differing = paths.Where(p => leaves.Select(l => l.GetValueOrDefault(p)).Distinct().Count() > 1).ToList();
        var strategyDiffers = items.Select(i => i.Run?.Result.Strategy ?? i.Variant.Strategy).Distinct().Count() > 1;
        var header = string.Concat(items.Select(i => $"<th scope=\"col\"><a href=\"/workbench/v/{E(i.Variant.Id)}\">{E(i.Variant.Name)}</a><div class=\"note\">{E(i.Variant.Note)}</div></th>"));
        // A parameter the form knows is named in words (its section and label), with its path below for the YAML.
        var forms = items.Select(i => FormCatalog.Fields(YamlLeaves.Outline(i.Variant.Yaml), i.Variant.Strategy).ToDictionary(f => f.Path, StringComparer.Ordinal)).ToList();
        var words = forms.SelectMany(f => f.Values)
            .GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => $"{g.First().Group} · {g.First().Label}", StringComparer.Ordinal);
        // A value one variant leaves out is the model's default there, and is shown as such.
        string Shown(int i, string p) => leaves[i].GetValueOrDefault(p)
            ?? (forms[i].GetValueOrDefault(p) is { Written: false, Default: { } d } ? d + " (default)" : "(not set)");
        var inputs = string.Concat(differing.Select(p => $"<tr class=\"differs\"><th scope=\"row\">{(words.TryGetValue(p, out var w) ? E(w) + "<br>" : "")}<code class=\"note\">{E(p)}</code></th>{string.Concat(leaves.Select((_, i) => $"<td class=\"num\">{E(Shown(i, p))}</td>"))}</tr>"));
        if (strategyDiffers) inputs = $"<tr class=\"differs\"><th scope=\"row\">Strategy</th>{string.Concat(items.Select(i => $"<td>{E(i.Run?.Result.Strategy ?? i.Variant.Strategy)}</td>"))}</tr>" + inputs;
        var outcomes = new List<string> { Row("Score", "the composite score, 0–100", items.Select(i => i.Run is { } r ? Numbers.OneDecimal(r.Result.Score) : "—").ToList()) };
        outcomes.AddRange(MetricNames.All.Select(n => Row(MetricDisplay.Label(n), ProcurementSim.Reporting.RunView.Meaning(n),
            items.Select(i => i.Run is { } r ? MetricDisplay.Value(n, r.Result.Metrics) : "—").ToList())));
        var series = items.Select(i => new
        {
            name = i.Variant.Name,
            weeks = i.Run?.Result.Timeline.Select(t => t.Tick).ToArray() ?? [],
            capability = i.Run?.Result.Timeline.Select(t => t.MissionCapability).ToArray() ?? [],
            cost = i.Run?.Result.Timeline.Select(t => t.CumulativeCost).ToArray() ?? [],
            threshold = i.Run?.Scenario.CapabilityThreshold,
        });
        var data = JsonSerializer.Serialize(series).Replace("<", "\\u003c", StringComparison.Ordinal);
        return Page("Compare variants", $"""
            <h1>Variants side by side</h1>
            <h2>Inputs that differ</h2>
            {(inputs.Length == 0 ? "<p class=\"note\">The variants have the same inputs.</p>" : $"<div class=\"wide\"><table class=\"compare\" id=\"inputs\"><thead><tr><th>Parameter</th>{header}</tr></thead><tbody>{inputs}</tbody></table></div>")}
            <h2>Outcomes</h2>
            <p class="note">Rows whose values differ are marked.</p>
            <div class="wide"><table class="compare" id="outcomes"><thead><tr><th>Metric</th>{header}</tr></thead><tbody>{string.Concat(outcomes)}</tbody></table></div>
            <h2>Timelines overlaid</h2>
            <div id="overlay-capability" class="chart"></div>
            <div id="overlay-cost" class="chart"></div>
            <script type="application/json" id="compare-data">{data}</script>
            """, "compare.js", plotly: true);
    }

    private static string Row(string label, string help, IReadOnlyList<string> values) =>
        $"<tr{(values.Distinct().Count() > 1 ? " class=\"differs\"" : "")}><th scope=\"row\"><span title=\"{E(help)}\">{E(label)}</span><div class=\"note\">{E(help)}</div></th>{string.Concat(values.Select(v => $"<td class=\"num\">{E(v)}</td>"))}</tr>";
}
