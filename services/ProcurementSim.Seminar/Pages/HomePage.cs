using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Web.Scenarios;
using static ProcurementSim.Seminar.Pages.Html;

namespace ProcurementSim.Seminar.Pages;

/// <summary>The facilitator's game creation: pick or paste a scenario, then strategy, seed, turns and seats; then the links.</summary>
internal static class HomePage
{
    public static string Choose(IReadOnlyList<string> files, IReadOnlyList<string>? errors = null, string pasted = "") => Page("New game", $"""
        <h1>New seminar game</h1>
        <p>Planning rather than teaching? <a href="/workbench">The planners' workbench</a> answers what-ifs as you move a slider (with <code>procsim serve</code>).</p>
        {Errors(errors)}
        <form method="post" action="/setup" class="card">
          <label>Scenario file <select name="file"><option value="">(paste below)</option>{Options(files)}</select></label>
          <label>or paste a scenario (YAML)<textarea name="yaml" rows="10" cols="80">{E(Echoed(pasted))}</textarea></label>{NotEchoed(pasted)}
          <button type="submit">Next: strategy and seats</button>
        </form>
        """);

    public static string Setup(Scenario s, string yaml, string label, IReadOnlyList<string>? errors = null) => Page("New game", $"""
        <h1>New game: {E(s.Name)} <small>({E(label)})</small></h1>
        {Errors(errors)}
        <form method="post" action="/games" class="card" id="create">
          <input type="hidden" name="label" value="{E(label)}">
          <textarea name="yaml" hidden>{E(yaml)}</textarea>
          <label>Agency bot (strategy) <select name="strategy">{Options(s.Strategies.Select(x => x.Name))}</select></label>
          <label>Seed <input name="seed" type="number" min="0" value="1"></label>
          <label>Weeks per turn <input name="weeksPerTurn" type="number" min="1" value="{SeminarSetup.DefaultWeeksPerTurn}"></label>
          <label>Turn time limit (seconds, 0 = none) <input name="turnSeconds" type="number" min="0" value="300"></label>
          <label><input name="autoTimeout" type="checkbox" value="on" checked> A seat that runs out of time takes the bot's move</label>
          <fieldset><legend>Seats</legend>
          {string.Concat(new[] { SeatIds.Agency }.Concat(s.Vendors.Select(v => v.Name)).Select(seat => $"""
            <div class="seat-choice">{E(seat)}:
              <label><input type="radio" name="seat:{E(seat)}" value="human"{(seat == SeatIds.Agency ? " checked" : "")}> human</label>
              <label><input type="radio" name="seat:{E(seat)}" value="bot"{(seat == SeatIds.Agency ? "" : " checked")}> bot</label></div>
            """))}
          </fieldset>
          <button type="submit">Create the game</button>
        </form>
        """);

    public static string Created(string id, string baseUrl, IReadOnlyDictionary<string, string> tokens, IReadOnlyList<string> humans)
    {
        string Link(string token) => $"{baseUrl}/g/{id}/join#{token}";
        var rows = tokens.Where(kv => kv.Key != Security.SeatTokens.Facilitator).Select(kv => new[]
        {
            E(kv.Key), humans.Contains(kv.Key) ? "human" : "bot (link for when you switch it)",
            $"<a class=\"join-link\" data-seat=\"{E(kv.Key)}\" href=\"{E(Link(kv.Value))}\">{E(Link(kv.Value))}</a>",
        });
        return Page("Game created", $"""
            <h1>Game {E(id)} created</h1>
            <p class="warn">Copy these links now: the tokens in them are shown only once (the server keeps only their hashes).
            A lost link can be replaced from the facilitator page ("new link").</p>
            <p>Facilitator: <a id="facilitator-link" href="{E(Link(tokens[Security.SeatTokens.Facilitator]))}">{E(Link(tokens[Security.SeatTokens.Facilitator]))}</a></p>
            {Table(["seat", "filled by", "join link"], rows)}
            """);
    }

    /// <summary>Loads the chosen or pasted scenario: the scenario, or the loader's file:line:column sentences.</summary>
    public static (Scenario? Scenario, string Yaml, string Label, IReadOnlyList<string> Errors) Load(string? folder, string? file, string? pasted)
    {
        if (!string.IsNullOrWhiteSpace(file))
        {
            var name = Path.GetFileName(file);
            var (loaded, text) = ScenarioFolder.Load(folder, name);
            return Result(loaded, text, name);
        }
        if (string.IsNullOrWhiteSpace(pasted)) return (null, "", "", ["choose a scenario file or paste one"]);
        return Result(ScenarioLoader.LoadText(pasted, "pasted.yaml"), pasted, "pasted");
    }

    private static (Scenario?, string, string, IReadOnlyList<string>) Result(LoadResult r, string text, string label) =>
        r.IsValid ? (r.Scenario, text, label, []) : (null, text, label, [.. r.Diagnostics.Select(d => d.ToString())]);

    // A pasted text is given back to be corrected, unless it is so long that the page would be mostly an echo.
    private const int MaxEcho = 64 * 1024;

    private static string Echoed(string pasted) => pasted.Length <= MaxEcho ? pasted : "";

    private static string NotEchoed(string pasted) => pasted.Length <= MaxEcho ? ""
        : $"<p class=\"warn\">The pasted text ({pasted.Length / 1024} KB) is not shown again: correct it where you wrote it and paste it anew.</p>";

    public static string Errors(IReadOnlyList<string>? errors) => errors is { Count: > 0 }
        ? $"<ul class=\"errors\">{string.Concat(errors.Select(e => $"<li>{E(e)}</li>"))}</ul>" : "";
}
