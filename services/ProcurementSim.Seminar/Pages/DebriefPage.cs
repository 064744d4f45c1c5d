using System.Globalization;
using System.Text;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;
using static ProcurementSim.Seminar.Pages.Formats;
using static ProcurementSim.Seminar.Pages.Html;

namespace ProcurementSim.Seminar.Pages;

/// <summary>The after-action report: decisions beside the bot's, the score's evolution and breakdown, and a fork.</summary>
internal static class DebriefPage
{
    /// <param name="id">The game's id.</param>
    /// <param name="g">The game.</param>
    /// <param name="fork">The outcome of a fork, beside the game's.</param>
    /// <param name="forkError">Why a fork was refused, shown above the table.</param>
    /// <param name="forkDecision">The decision (index in <see cref="SeminarGame.Decisions"/>) last forked or refused: its form opens with the move given.</param>
    /// <param name="forkJson">The move given for it (the Core's move JSON, as the form's script sends it).</param>
    public static string Render(string id, SeminarGame g, ForkOutcome? fork = null, string? forkError = null, int? forkDecision = null, string forkJson = "")
    {
        var result = g.Result();
        var decisions = g.Debrief();
        var rows = decisions.Select(d =>
        {
            var index = g.IndexOf(d);
            return new[]
            {
                E(d.Seat), E(d.Turn), E(d.Week), E(Words(d.Source)), E(MoveText.Of(d.Move)), E(MoveText.Of(d.BotSuggestion)), d.FollowsBot ? "same" : "<strong>differs</strong>",
                ForkForm(id, g, index, d, index == forkDecision ? forkJson : null),
            };
        });
        return Page($"Debrief · game {id}", $"""
            <h1>Debrief · game {E(id)} <small>{E(g.Scenario.Name)}, agency bot {E(g.Strategy.Name)}, seed {g.Setup.Seed}</small></h1>
            <nav class="noprint"><a href="/g/{E(id)}/replay/1">Replay turn by turn</a> · {ExportLinks(id)} · <button type="button" onclick="window.print()">Print</button></nav>
            <p>{(g.Finished ? $"Final score: <strong id=\"final-score\">{E(Score(result.Score))}</strong>" : g.Week == 0 ? "Not yet scored: no week has been played." : $"Score so far (turn {g.Turn} of {g.TotalTurns}, over {g.Week} weeks played): <strong id=\"final-score\">{E(Score(result.Score))}</strong>")}</p>
            <section><h2>Score per turn</h2>{Chart(g.TurnSummaries)}</section>
            <section><h2>Score breakdown</h2>{Table(["metric", "value", "utility", "delivery", "weight", "points"], result.Breakdown.Select(c => new[] { E(Words(c.Metric)), E(Metric(c.Metric, c.Value)), E(Number(c.Utility, 3)), E(Number(c.DeliveryFactor, 3)), E(Number(c.Weight)), E(Score(c.Points)) }))}</section>
            <section id="timeline"><h2>Timeline, turn by turn: who knew what</h2>
              <p>Every event of the run (key events in bold), with the seats that knew of it: "everyone" for public news,
              else the seats that did it or were its subject (the fog of war each seat played under).</p>
              {Timeline(g)}
            </section>
            {Talk(g)}
            <section id="fork"><h2>Decisions beside the bot's</h2>
              <p class="noprint">Fork: what if? Any decision can be replaced: "fork here" opens the seat's own form, filled in
              with the move taken; change it and the game is replayed to the moment the decision was taken (the same week,
              the other seats' moves of that week), your move is made instead, the bots play every seat to the end, and the
              two are compared, results and timelines.</p>
              {(forkError is null ? "" : $"<ul class=\"errors\"><li>{E(forkError)}</li></ul>")}
              {(fork is null ? "" : ForkResult(fork))}
              {Table(["seat", "turn", "week", "decided by", "decision", "bot's suggestion", "", "fork"], rows, "decisions")}
            </section>
            """);
    }

    /// <summary>What the people of the game said and what the umpire ruled (every message, private ones included).</summary>
    private static string Talk(SeminarGame g)
    {
        var v = g.FacilitatorView();
        return v.Messages.Count == 0 && v.Rulings.Count == 0 ? "" : $"""
            <section id="talk"><h2>Messages and umpire rulings</h2>
              <h3>Umpire rulings</h3>{SeatPage.RulingList(v.Rulings)}
              <h3>Messages (all, private ones included)</h3>{SeatPage.MessageList(v.Messages)}
            </section>
            """;
    }

    /// <summary>The export links (CSV and JSON), shared by the debrief and the facilitator's page.</summary>
    public static string ExportLinks(string id) =>
        $"""Export the game: <a id="export-csv" href="/g/{E(id)}/export.csv" download>CSV</a> · <a id="export-json" href="/g/{E(id)}/export.json" download>JSON</a>""";

    /// <summary>The run's events per turn played, each with who knew of it.</summary>
    private static string Timeline(SeminarGame g)
    {
        var events = g.FacilitatorView().Events;
        if (events.Count == 0) return "<p>No week has been played yet.</p>";
        var sb = new StringBuilder();
        for (var turn = 1; turn <= g.Turn; turn++)
        {
            var from = g.FirstWeekOf(turn);
            var to = turn < g.TotalTurns ? g.FirstWeekOf(turn + 1) : int.MaxValue;
            var rows = events.Where(e => e.Tick >= from && e.Tick < to).Select(e =>
            {
                var row = EventRow(e);
                if (e.Key) row[1] = $"<strong>{row[1]}</strong>";
                return (IEnumerable<string>)[.. row, E(string.Join(", ", EventAudience.Of(g, e)))];
            }).ToList();
            if (rows.Count == 0) continue;
            sb.Append(CultureInfo.InvariantCulture, $"<h3>Turn {turn} (from week {from})</h3>");
            sb.Append(Table([.. EventHeaders, "known to"], rows, "turn-timeline"));
        }
        return sb.ToString();
    }

    /// <summary>A decision's "fork here" control: the seat's own form for it, prefilled with the move taken (or the move last given).</summary>
    private static string ForkForm(string id, SeminarGame g, int index, DecisionRecord d, string? given)
    {
        var target = new DecisionForms.Target($"/g/{id}/debrief/fork", index);
        SeatMove shown = d.Move;
        var unreadable = false;
        if (given is not null)
        {
            try
            {
                shown = SeminarJson.Deserialize<SeatMove>(given);
            }
            catch (System.Text.Json.JsonException)
            {
                unreadable = true;
            }
        }
        var form = d.Asked is not { } asked ? "<p>This decision was recorded without its question; it cannot be asked again.</p>"
            : asked.Kind == PendingDecisionKind.AgencyOrders
                ? DecisionForms.Agency([.. g.Scenario.Vendors.Select(v => v.Name)], [.. g.Scenario.Categories.Select(c => c.Name)], d.Week, target, shown as AgencyMove ?? d.Move as AgencyMove)
                : DecisionForms.Vendor(asked, target, shown);
        return $"""
            <details class="noprint"{(given is null ? "" : " open")}><summary>fork here</summary>
            {(unreadable ? "<p class=\"errors\">The move given could not be read; the form shows the move taken.</p>" : "")}
            {form}</details>
            """;
    }

    /// <summary>A fork's result: the move forked and the move made instead, the two results, and the two timelines with the events that differ.</summary>
    private static string ForkResult(ForkOutcome f)
    {
        var c = f.Comparison;
        var d = f.Decision;
        var (rows, differing, first) = Timelines(f.Baseline, f.Fork);
        return $"""
            <section id="comparison"><h2>{E(c.LabelA)} vs {E(c.LabelB)}</h2>
            <p id="forked">Forked: {E(d.Seat)}'s decision of week {d.Week} (turn {d.Turn}). Taken: <strong>{E(MoveText.Of(d.Move))}</strong>. Instead: <strong>{E(MoveText.Of(f.Instead))}</strong>.</p>
            {Table(["", c.LabelA, c.LabelB, "difference"],
                [["score", E(Score(c.ScoreA)), E(Score(c.ScoreB)), E(Score(c.ScoreB - c.ScoreA))],
                 .. c.Metrics.Select(m => new[] { E(Words(m.Metric)), E(Metric(m.Metric, m.A)), E(Metric(m.Metric, m.B)), E(Metric(m.Metric, m.Difference)) })])}
            <h3>Timelines from week {d.Week} (key events)</h3>
            <p id="fork-differences">{(differing == 0 ? "The two timelines have the same key events." : $"{differing} key event{(differing == 1 ? "" : "s")} differ (marked); the first difference is in week {first}.")}</p>
            {Table(["week", c.LabelA, c.LabelB], rows, "fork-timeline")}
            </section>
            """;
    }

    /// <summary>
    /// The two timelines week by week, side by side; an event with no equal in the other timeline's same week is
    /// marked. Returns the rows, the number of events that differ and the first week with a difference.
    /// </summary>
    private static (List<string[]> Rows, int Differing, int? FirstWeek) Timelines(IReadOnlyList<SimEvent> a, IReadOnlyList<SimEvent> b)
    {
        static string Text(SimEvent e) => $"{EventKind(e.Kind)}: {Sentence(e.Detail)}";
        var rows = new List<string[]>();
        var differing = 0;
        int? first = null;
        foreach (var week in a.Select(e => e.Tick).Concat(b.Select(e => e.Tick)).Distinct().Order())
        {
            var left = a.Where(e => e.Tick == week).Select(Text).ToList();
            var right = b.Where(e => e.Tick == week).Select(Text).ToList();
            string Cell(List<string> mine, List<string> other)
            {
                var unmatched = new List<string>(other);
                var items = mine.Select(t =>
                {
                    var same = unmatched.Remove(t);
                    if (!same) { differing++; first ??= week; }
                    return same ? $"<li>{E(t)}</li>" : $"<li class=\"differs\"><mark>{E(t)}</mark></li>";
                });
                return $"<ul>{string.Concat(items)}</ul>";
            }
            rows.Add([E(week), Cell(left, right), Cell(right, left)]);
        }
        return (rows, differing, first);
    }

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
