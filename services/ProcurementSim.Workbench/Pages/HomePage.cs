using ProcurementSim.Workbench.Store;
using static ProcurementSim.Workbench.Pages.Layout;

namespace ProcurementSim.Workbench.Pages;

/// <summary>Where a planner starts: open a scenario of the folder, start from a template, upload or paste one; the saved variants.</summary>
internal static class HomePage
{
    public static string Render(IReadOnlyList<string> files, IReadOnlyList<Variant> variants) => Page("Start", $"""
        <h1>What if…? Open a scenario and change it</h1>
        <p class="lead">Pick a scenario, move its sliders, and watch the week-by-week timeline, the score and the ranking of every
        strategy change as you go. Everything you type is kept on the server.</p>
        <div id="start-problem" class="problem" role="alert" hidden></div>
        <section class="cards">
          <div class="card"><h2>From the scenarios folder</h2>
            <ul class="files">{string.Concat(files.Select(f => $"""<li><button type="button" class="open-file" data-file="{E(f)}">{E(f)}</button></li>"""))}</ul>
            {(files.Count == 0 ? "<p class=\"note\">The scenarios folder has no .yaml file.</p>" : "")}</div>
          <div class="card"><h2>New from a template</h2>
            <p>A small scenario (one use category, one incumbent, one replacement) to build on.</p>
            <button type="button" id="open-template">Start from the template</button></div>
          <div class="card"><h2>Upload or paste</h2>
            <label>A scenario file <input type="file" id="upload" accept=".yaml,.yml,text/yaml"></label>
            <label>or paste its YAML <textarea id="paste" rows="5"></textarea></label>
            <button type="button" id="open-paste">Open the pasted scenario</button></div>
        </section>
        <section>
          <h2>Saved variants</h2>
          {(variants.Count == 0 ? "<p class=\"note\">No variant yet: save one from the editor.</p>" : $"""
          <form id="compare-form" action="/workbench/compare" method="get">
          <table class="variants"><thead><tr><th>Compare</th><th>Name</th><th>Note</th><th>Saved</th></tr></thead><tbody>
          {string.Concat(variants.Select(v => $"""<tr><td><input type="checkbox" name="ids" value="{E(v.Id)}" aria-label="compare {E(v.Name)}"></td><td><a href="/workbench/v/{E(v.Id)}">{E(v.Name)}</a></td><td>{E(v.Note)}</td><td>{E(v.Created.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))} UTC</td></tr>"""))}
          </tbody></table>
          <button type="submit" id="compare-selected">Compare the selected variants side by side</button>
          </form>
          """)}
        </section>
        """, "home.js");
}
