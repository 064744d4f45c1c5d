using System.Globalization;
using System.Text;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Results;
using static ProcurementSim.Seminar.Pages.Formats;
using static ProcurementSim.Seminar.Pages.Html;

namespace ProcurementSim.Seminar.Pages;

/// <summary>The after-action report: decisions beside the bot's, the score's evolution and breakdown, and a fork.</summary>
internal static class DebriefPage
{
    /// <param name="id">The game's id.</param>
    /// <param name="g">The game.</param>
    /// <param name="comparison">The outcome of a fork, beside the game's.</param>
    /// <param name="forkError">Why a fork was refused, shown above the table.</param>
    /// <param name="forkDecision">The decision (index in <see cref="SeminarGame.Decisions"/>) last forked or refused: its form opens with <paramref name="forkJson"/>.</param>
    /// <param name="forkJson">The move given for it.</param>
    public static string Render(string id, SeminarGame g, ResultComparison? comparison = null, string? forkError = null, int? forkDecision = null, string forkJson = "")
    {
        var result = g.Result();
        var decisions = g.Debrief();
        var rows = decisions.Select(d =>
        {
            var index = g.IndexOf(d);
            return new[]
            {
                E(d.Seat), E(d.Turn), E(d.Week), E(Words(d.Source)), E(MoveText.Of(d.Move)), E(MoveText.Of(d.BotSuggestion)), d.FollowsBot ? "same" : "<strong>differs</strong>",
                ForkForm(id, index, d, index == forkDecision ? forkJson : null),
            };
        });
        return Page($"Debrief · game {id}", $"""
            <h1>Debrief · game {E(id)} <small>{E(g.Scenario.Name)}, agency bot {E(g.Strategy.Name)}, seed {g.Setup.Seed}</small></h1>
            <nav class="noprint"><a href="/g/{E(id)}/replay/1">Replay turn by turn</a> · <button type="button" onclick="window.print()">Print</button></nav>
            <p>{(g.Finished ? $"Final score: <strong id=\"final-score\">{E(Score(result.Score))}</strong>" : g.Week == 0 ? "Not yet scored: no week has been played." : $"Score so far (turn {g.Turn} of {g.TotalTurns}, over {g.Week} weeks played): <strong id=\"final-score\">{E(Score(result.Score))}</strong>")}</p>
            <section><h2>Score per turn</h2>{Chart(g.TurnSummaries)}</section>
            <section><h2>Score breakdown</h2>{Table(["metric", "value", "utility", "delivery", "weight", "points"], result.Breakdown.Select(c => new[] { E(Words(c.Metric)), E(Metric(c.Metric, c.Value)), E(Number(c.Utility, 3)), E(Number(c.DeliveryFactor, 3)), E(Number(c.Weight)), E(Score(c.Points)) }))}</section>
            <section id="fork"><h2>Decisions beside the bot's</h2>
              <p class="noprint">Fork: what if? Any decision can be replaced: "fork here" replays the game to the moment it was
              taken (the same week, the other seats' moves of that week), makes the move you give instead, lets the bots
              play every seat to the end, and compares. The move is the Core's move JSON (as in the event log), prefilled
              with the bot's suggestion where the decision differed from it, else with the move taken.</p>
              {(forkError is null ? "" : $"<ul class=\"errors\"><li>{E(forkError)}</li></ul>")}
              {(comparison is null ? "" : Comparison(comparison))}
              {Table(["seat", "turn", "week", "decided by", "decision", "bot's suggestion", "", "fork"], rows, "decisions")}
            </section>
            """);
    }

    /// <summary>A decision's "fork here" control: its index and a move, posted to the fork endpoint.</summary>
    private static string ForkForm(string id, int index, DecisionRecord d, string? json)
    {
        var move = json ?? SeminarJson.Serialize(d.FollowsBot ? d.Move : d.BotSuggestion);
        return $"""
            <details class="noprint"{(json is null ? "" : " open")}><summary>fork here</summary>
            <form method="post" action="/g/{E(id)}/debrief/fork" class="fork" data-decision="{index}">
            <input type="hidden" name="decision" value="{index}">
            <label>move instead<textarea name="move" rows="3" cols="60">{E(move)}</textarea></label>
            <button type="submit">Fork here and play out</button>
            </form></details>
            """;
    }

    private static string Comparison(ResultComparison c) => $"""
        <section id="comparison"><h2>{E(c.LabelA)} vs {E(c.LabelB)}</h2>
        {Table(["", c.LabelA, c.LabelB, "difference"],
            [["score", E(Score(c.ScoreA)), E(Score(c.ScoreB)), E(Score(c.ScoreB - c.ScoreA))],
             .. c.Metrics.Select(m => new[] { E(Words(m.Metric)), E(Metric(m.Metric, m.A)), E(Metric(m.Metric, m.B)), E(Metric(m.Metric, m.Difference)) })])}
        </section>
        """;

    /// <summary>The score (0–100) at the end of each turn as an inline SVG line.</summary>
    public static string Chart(IReadOnlyList<TurnSummary> turns)
    {
        if (turns.Count == 0) return "<p>No turn has been played yet.</p>";
        const int W = 600, H = 220, Pad = 30;
        double X(int i) => Pad + (turns.Count == 1 ? 0 : i * (W - 2.0 * Pad) / (turns.Count - 1));
        double Y(double score) => H - Pad - (Math.Clamp(score, 0, 100) / 100 * (H - 2.0 * Pad));
        var points = string.Join(" ", turns.Select((t, i) => $"{N(X(i), 1)},{N(Y(t.Score), 1)}"));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" role=\"img\" aria-label=\"score per turn\">");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Pad}\" y1=\"{H - Pad}\" x2=\"{W - Pad}\" y2=\"{H - Pad}\" stroke=\"#888\"/><line x1=\"{Pad}\" y1=\"{Pad}\" x2=\"{Pad}\" y2=\"{H - Pad}\" stroke=\"#888\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"{Pad + 4}\" font-size=\"10\">100</text><text x=\"10\" y=\"{H - Pad + 4}\" font-size=\"10\">0</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"{points}\"/>");
        for (var i = 0; i < turns.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(X(i), 1)}\" cy=\"{N(Y(turns[i].Score), 1)}\" r=\"3\" fill=\"#1f5fa8\"><title>turn {turns[i].Turn}: {N(turns[i].Score, 1)}</title></circle>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(i), 1)}\" y=\"{H - Pad + 14}\" font-size=\"10\" text-anchor=\"middle\">{turns[i].Turn}</text>");
        }
        return sb.Append("</svg>").ToString();
    }
}
