using System.Globalization;
using System.Text;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Results;
using static ProcurementSim.Seminar.Pages.Html;

namespace ProcurementSim.Seminar.Pages;

/// <summary>The after-action report: decisions beside the bot's, the score's evolution and breakdown, and a fork.</summary>
internal static class DebriefPage
{
    public static string Render(string id, SeminarGame g, ResultComparison? comparison = null, string? forkError = null, string forkJson = "")
    {
        var result = g.Result();
        var decisions = g.Debrief();
        var rows = decisions.Select(d => new[]
        {
            E(d.Seat), E(d.Turn), E(d.Week), E(d.Source.ToString().ToLowerInvariant()), E(MoveText.Of(d.Move)), E(MoveText.Of(d.BotSuggestion)), d.FollowsBot ? "same" : "<strong>differs</strong>",
        });
        var example = decisions.FirstOrDefault(d => d.Seat == SeatIds.Agency && d.Week == g.FirstWeekOf(d.Turn)) ?? decisions.FirstOrDefault();
        var json = forkJson.Length > 0 ? forkJson : example is null ? "" : SeminarJson.Serialize(example.Move);
        return Page($"Debrief · game {id}", $"""
            <h1>Debrief · game {E(id)} <small>{E(g.Scenario.Name)}, agency bot {E(g.Strategy.Name)}, seed {g.Setup.Seed}</small></h1>
            <nav class="noprint"><a href="/g/{E(id)}/replay/1">Replay turn by turn</a> · <button type="button" onclick="window.print()">Print</button></nav>
            <p>{(g.Finished ? "Final" : $"So far (turn {g.Turn} of {g.TotalTurns})")} score: <strong id="final-score">{N(result.Score, 1)}</strong></p>
            <section><h2>Score per turn</h2>{Chart(g.TurnSummaries)}</section>
            <section><h2>Score breakdown</h2>{Table(["metric", "value", "utility", "weight", "points"], result.Breakdown.Select(c => new[] { E(c.Metric), N(c.Value, 3), N(c.Utility, 3), N(c.Weight, 2), N(c.Points, 1) }))}</section>
            <section><h2>Decisions beside the bot's</h2>{Table(["seat", "turn", "week", "decided by", "decision", "bot's suggestion", ""], rows, "decisions")}</section>
            <section class="noprint card"><h2>Fork: what if?</h2>
              <p>Replay the game to the start of a turn, make a different decision there, let the bots play it out, and compare.
              The decision is the Core's move JSON (as in the event log); the agency's orders apply at a turn's first week.</p>
              {(forkError is null ? "" : $"<ul class=\"errors\"><li>{E(forkError)}</li></ul>")}
              <form method="post" action="/g/{E(id)}/debrief/fork" id="fork">
                <label>turn <select name="turn">{Options(Enumerable.Range(1, g.Turn).Select(t => t.ToString(CultureInfo.InvariantCulture)))}</select></label>
                <label>seat <select name="seat">{Options(g.Seats)}</select></label>
                <label>decision<textarea name="move" rows="4" cols="80">{E(json)}</textarea></label>
                <button type="submit">Fork and play out</button>
              </form>
            </section>
            {(comparison is null ? "" : Comparison(comparison))}
            """);
    }

    private static string Comparison(ResultComparison c) => $"""
        <section id="comparison"><h2>{E(c.LabelA)} vs {E(c.LabelB)}</h2>
        {Table(["", c.LabelA, c.LabelB, "difference"],
            [["score", N(c.ScoreA, 1), N(c.ScoreB, 1), N(c.ScoreB - c.ScoreA, 1)],
             .. c.Metrics.Select(m => new[] { E(m.Metric), N(m.A, 3), N(m.B, 3), N(m.Difference, 3) })])}
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
