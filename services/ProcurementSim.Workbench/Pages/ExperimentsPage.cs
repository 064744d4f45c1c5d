using ProcurementSim.Workbench.Store;
using static ProcurementSim.Workbench.Pages.Layout;

namespace ProcurementSim.Workbench.Pages;

/// <summary>
/// Experiments from the page: compare, sweep or optimize a draft or a variant with the CLI's options, watch their
/// progress, stop them, open their reports. They run on the server, so a reload (or closing the page) does not stop them.
/// </summary>
internal static class ExperimentsPage
{
    // The options as the form offers them: name, words, what it does (from procsim's own help), an example value.
    private static readonly (string Name, string Words, string Help, string Example)[] Fields =
    [
        ("--runs", "Futures", "states of the world to sample; every strategy plays each", "200"),
        ("--design", "Design", "lhs (Latin hypercube), mc (Monte Carlo), factorial or sobol", "lhs"),
        ("--samples", "Samples", "samples of the uncertainties and levers", "100"),
        ("--replications", "Replications", "seeded replications of each sample", "1"),
        ("--strategies", "Strategies", "names separated by commas, or all", "all"),
        ("--strategy", "Strategy", "the strategy whose levers are searched (optimize)", ""),
        ("--objectives", "Objectives", "e.g. satisficing_share,p10:mission_capability_mean,p90:total_cost", ""),
        ("--population", "Population", "candidates per generation", "40"),
        ("--generations", "Generations", "generations after the first", "50"),
        ("--states", "States", "states of the world each candidate plays", "100"),
        ("--islands", "Islands", "independent searches in the same states", "1"),
        ("--seed", "Seed", "the random seed (empty: the scenario's)", ""),
        ("--satisfice", "Satisficing", "one criterion a line, e.g. mission_capability_mean >= 0.8 (empty: the scenario's)", ""),
        ("--fail", "Fail condition", "for scenario discovery, e.g. capability_gap_weeks > 8 (sweep)", ""),
        ("--parallel", "Threads", "runs played at once (empty: every core); the results do not depend on it", ""),
    ];

    /// <summary>The page; the draft (when given) or else the variant <paramref name="selected"/> (when given) is chosen.</summary>
    public static string Render(IReadOnlyList<Variant> variants, Draft? draft, string? selected = null) => Page("Experiments", $"""
        <h1>Experiments: compare, sweep, optimize</h1>
        <p class="lead">The same experiments as <code>procsim compare</code>, <code>sweep</code> and <code>optimize</code>, with
        their options, run on the server: a reload or a closed page does not stop them. Each writes the CLI's own files.</p>
        <form id="experiment-form" class="card" autocomplete="off">
          <label>Scenario <select id="experiment-source" name="source">
            {(draft is null ? "" : $"<option value=\"draft:{E(draft.Id)}\" selected>the draft being edited: {E(draft.Label)}</option>")}
            {string.Concat(variants.Select(v => $"<option value=\"variant:{E(v.Id)}\"{(draft is null && v.Id == selected ? " selected" : "")}>variant: {E(v.Name)}</option>"))}
          </select></label>
          <fieldset><legend>Experiment</legend>
            <label><input type="radio" name="command" value="compare" checked> <abbr title="every strategy over the same sampled futures: statistics, ranking, regret, satisficing, Pareto front">compare</abbr></label>
            <label><input type="radio" name="command" value="sweep"> <abbr title="uncertainties and levers sampled by a design: scenario discovery (PRIM), input importance, Sobol indices">sweep</abbr></label>
            <label><input type="radio" name="command" value="optimize"> <abbr title="a strategy's levers searched for settings that hold up across the futures (a Pareto front)">optimize</abbr></label>
          </fieldset>
          <div class="options">
          {string.Concat(Fields.Select(f => $"""
            <label class="option" data-option="{f.Name}" title="{E(f.Help)}">{E(f.Words)} <code>{f.Name}</code>
              {(f.Name == "--satisfice" ? $"<textarea name=\"{f.Name}\" rows=\"2\" placeholder=\"{E(f.Example)}\"></textarea>" : $"<input name=\"{f.Name}\" placeholder=\"{E(f.Example)}\">")}
              <span class="help">{E(f.Help)}</span></label>
            """))}
            <label class="option" data-option="--parquet"><input type="checkbox" name="--parquet" value="true"> also write runs.parquet <code>--parquet</code></label>
          </div>
          <button type="submit" id="start-experiment">Start</button>
          <p id="experiment-problem" class="problem" role="alert" hidden></p>
        </form>
        <h2>Experiments on this server</h2>
        <table class="experiments" id="experiments"><thead><tr><th>Started</th><th>What</th><th>Progress</th><th>Files</th><th></th></tr></thead><tbody></tbody></table>
        <script type="application/json" id="experiment-options">{System.Text.Json.JsonSerializer.Serialize(Experiments.ExperimentCommand.Options)}</script>
        """, "experiments.js");
}
