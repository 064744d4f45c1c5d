using System.Globalization;
using ProcurementSim.Workbench.Playing;
using ProcurementSim.Workbench.Store;
using static ProcurementSim.Workbench.Pages.Layout;

namespace ProcurementSim.Workbench.Pages;

/// <summary>A saved variant: its name and note, its score, its downloads (the CLI's files), a link to compare it (runs.csv and the comparison's files), and a button to open it in the editor.</summary>
internal static class VariantPage
{
    public static readonly IReadOnlyList<string> Downloads = ["scenario.yaml", "result.json", "timeline.csv", "report.html"];

    public static string Render(Variant v, VariantRun? run, string? problem) => Page(v.Name, $"""
        <h1>Variant: {E(v.Name)}</h1>
        <p class="lead">{E(v.Note)}</p>
        <p>Strategy <strong>{E(run?.Result.Strategy ?? v.Strategy ?? "the scenario's first")}</strong> · seed <code>{E(run?.Result.Seed.ToString(CultureInfo.InvariantCulture) ?? v.Seed?.ToString(CultureInfo.InvariantCulture) ?? "the scenario's")}</code>
          · saved {E(v.Created.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} UTC</p>
        {(run is null ? $"<p class=\"problem\" role=\"alert\">This variant does not play: {E(problem)}</p>" : $"""
        <p class="score-line"><span class="score" id="variant-score">{ProcurementSim.Reporting.Text.Numbers.OneDecimal(run.Result.Score)}</span><span class="scale">/ 100</span></p>
        <h2>Downloads</h2>
        <p class="note">The same files <code>procsim run scenario.yaml --strategy {E(run.Result.Strategy)} --seed {run.Result.Seed}</code> writes, byte for byte.</p>
        <ul class="downloads">{string.Concat(Downloads.Select(d => $"""<li><a href="/workbench/v/{E(v.Id)}/files/{d}" download>{d}</a></li>"""))}</ul>
        <p class="note">Every strategy over many sampled futures (<code>runs.csv</code>, <code>compare.json</code> and the
          comparison report, as <code>procsim compare</code> writes them): <a id="compare-variant" href="/workbench/experiments?variant={E(v.Id)}">compare this variant</a>.</p>
        """)}
        <p><button type="button" id="open-variant" data-variant="{E(v.Id)}">Open in the editor</button>
           <a href="/workbench">Compare it with other variants</a></p>
        <div id="start-problem" class="problem" role="alert" hidden></div>
        """, "home.js");
}
