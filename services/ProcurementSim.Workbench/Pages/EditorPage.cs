using ProcurementSim.Workbench.Store;
using static ProcurementSim.Workbench.Pages.Layout;

namespace ProcurementSim.Workbench.Pages;

/// <summary>
/// The editor: the form and the YAML on the left, the live run (score, breakdown, timeline, events, metrics) and the
/// background ranking on the right. The page's script fills it from the draft and keeps it live.
/// </summary>
internal static class EditorPage
{
    public static string Render(Draft draft, int defaultFutures) => Page(draft.Label, $"""
        <div class="editor" id="editor" data-draft="{E(draft.Id)}" data-futures="{defaultFutures}">
        <section class="bar">
          <h1 title="where this draft came from">{E(draft.Label)}</h1>
          <label>Strategy <select id="strategy" title="the agency's playbook the what-if plays"></select></label>
          <label>Seed <input id="seed" type="number" min="0" step="1" title="the random seed; leave empty for the scenario's own" placeholder="scenario's"></label>
          <span id="saved" class="saved" role="status">Loading…</span>
          <a href="/workbench/experiments?draft={E(draft.Id)}" title="procsim compare, sweep or optimize of this draft, on the server">Run an experiment…</a>
          <details class="save-variant"><summary>Save as a variant</summary>
            <label>Name <input id="variant-name" maxlength="200" required></label>
            <label>Note <textarea id="variant-note" rows="2" maxlength="4000"></textarea></label>
            <button type="button" id="save-variant">Save the variant</button>
            <p id="variant-saved" class="note" role="status"></p>
          </details>
        </section>
        <div class="columns">
        <section class="inputs">
          <h2>Parameters</h2>
          <p class="note">The levers planners change most, with every parameter and trigger of the chosen strategy and every score weight. Slide or type; the results follow.
            A value marked <span class="default-mark">default</span> is not in the file: the model plays its default, and changing it writes it into the YAML. Everything else is in the YAML below.</p>
          <div id="problems" class="problems" role="alert" hidden></div>
          <form id="form" autocomplete="off"></form>
          <h2>Scenario (YAML)</h2>
          <p class="note">Every key is explained in docs/SCENARIO-FORMAT.md. Problems are listed above with their line and column; click one to go there.</p>
          <textarea id="yaml" spellcheck="false" rows="24" aria-label="scenario YAML"></textarea>
        </section>
        <section class="outputs">
          <div class="score-line"><span class="score" id="score">–</span><span class="scale">/ 100</span>
            <span class="note" title="The composite score weighs each metric by the scenario's score weights; the breakdown below shows how.">composite score of <strong id="played-strategy">…</strong></span>
            <span id="timing" class="note"></span></div>
          <div id="charts">
            <div id="chart-capability" class="chart"></div>
            <div id="chart-allocation" class="chart"></div>
            <div id="chart-cost" class="chart"></div>
          </div>
          <details open><summary><h2>How the score is made</h2></summary>
            <p class="note">Points = 100 × weight × delivery × utility. <abbr title="the share of the mission delivered; metrics that are not about delivery earn points only in proportion to it">Delivery</abbr>
            scales every metric that is not itself about delivery; <abbr title="the metric's value mapped to 0 (worst) … 1 (best)">utility</abbr> is the metric on a 0–1 scale; — marks a metric that does not apply.</p>
            <table class="breakdown" id="breakdown"></table></details>
          <details open><summary><h2>Key events</h2></summary><ol id="events" class="events"></ol></details>
          <details open><summary><h2>Metrics</h2></summary><table class="metrics" id="metrics"></table></details>
          <section class="ranking" id="ranking">
            <h2>Ranking of every strategy over sampled futures</h2>
            <p class="note">Every strategy plays the same <abbr title="states of the world drawn from the scenario's uncertainties (accreditation times, incident rates, …)">sampled futures</abbr>, as <code>procsim compare</code> does; it follows your changes in the background.</p>
            <label>Futures <input id="futures" type="number" min="1" max="5000" step="1" value="{defaultFutures}"></label>
            <progress id="ranking-progress" max="1" value="0"></progress> <span id="ranking-state" role="status">waiting for a valid scenario</span>
            <span id="ranking-stale" class="stale" hidden title="the scenario changed since this ranking started; a new one is on its way">stale</span>
            <table class="rank" id="ranking-table"></table>
          </section>
        </section>
        </div>
        </div>
        """, "editor.js", plotly: true);
}
