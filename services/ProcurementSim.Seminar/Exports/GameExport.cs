using System.Globalization;
using System.Text;
using System.Text.Json;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Seminar.Pages;

namespace ProcurementSim.Seminar.Exports;

/// <summary>
/// A game for after-action review, as JSON and as CSV: the score per turn (with every metric), the decisions (each
/// beside the bot's suggestion), the run's events with who knew of each, and the messages and umpire rulings with who
/// read each. The same game gives the same bytes:
/// everything comes from the game's replayable state, in the game's own order, numbers in invariant culture.
/// </summary>
internal static class GameExport
{
    /// <summary>The CSV's columns: one table for every section, so a spreadsheet filters it by <c>section</c>.</summary>
    public const string CsvHeader = "section,turn,week,who,what,subject,detail,known_to,value";

    public static byte[] Json(string id, SeminarGame g)
    {
        ArgumentNullException.ThrowIfNull(g);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("game", id);
            w.WriteString("scenario", g.Scenario.Name);
            w.WriteString("strategy", g.Strategy.Name);
            w.WriteNumber("seed", g.Setup.Seed);
            w.WriteNumber("weeksPerTurn", g.WeeksPerTurn);
            w.WriteNumber("totalTurns", g.TotalTurns);
            w.WriteNumber("weeksPlayed", g.Week);
            w.WriteBoolean("finished", g.Finished);
            Number(w, "score", g.Result().Score);
            w.WriteStartArray("scorePerTurn");
            foreach (var t in g.TurnSummaries)
            {
                w.WriteStartObject();
                w.WriteNumber("turn", t.Turn);
                w.WriteNumber("lastWeek", t.LastWeek);
                Number(w, "score", t.Score);
                w.WriteStartObject("metrics");
                foreach (var m in MetricNames.All)
                {
                    Number(w, m, t.Metrics.Get(m));
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("decisions");
            for (var i = 0; i < g.Decisions.Count; i++)
            {
                var d = g.Decisions[i];
                w.WriteStartObject();
                w.WriteNumber("index", i);
                w.WriteString("seat", d.Seat);
                w.WriteNumber("turn", d.Turn);
                w.WriteNumber("week", d.Week);
                w.WriteString("decidedBy", Formats.Words(d.Source));
                w.WriteString("move", MoveText.Of(d.Move));
                w.WritePropertyName("moveJson");
                w.WriteRawValue(SeminarJson.Serialize(d.Move));
                w.WriteString("botSuggestion", MoveText.Of(d.BotSuggestion));
                w.WritePropertyName("botSuggestionJson");
                w.WriteRawValue(SeminarJson.Serialize(d.BotSuggestion));
                w.WriteBoolean("followsBot", d.FollowsBot);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var e in Events(g))
            {
                w.WriteStartObject();
                w.WriteNumber("week", e.Tick);
                w.WriteNumber("turn", TurnOf(g, e.Tick));
                w.WriteString("kind", e.Kind);
                w.WriteString("actor", e.Actor);
                w.WriteString("subject", e.Subject);
                w.WriteString("detail", e.Detail);
                w.WriteBoolean("key", e.Key);
                w.WriteBoolean("public", EventVisibility.IsPublic(e));
                w.WriteStartArray("knownTo");
                foreach (var seat in EventAudience.Of(g, e)) w.WriteStringValue(seat);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            var talk = g.FacilitatorView();
            w.WriteStartArray("messages");
            foreach (var m in talk.Messages)
            {
                w.WriteStartObject();
                w.WriteNumber("week", m.Week);
                w.WriteNumber("turn", TurnOf(g, m.Week));
                w.WriteString("from", m.From);
                w.WriteString("to", m.To);
                w.WriteString("text", m.Text);
                w.WriteStartArray("readBy");
                foreach (var seat in MessageReaders(g, m)) w.WriteStringValue(seat);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("rulings");
            foreach (var r in talk.Rulings)
            {
                w.WriteStartObject();
                w.WriteNumber("week", r.Week);
                w.WriteNumber("turn", TurnOf(g, r.Week));
                w.WriteString("on", r.Seat);
                w.WriteString("ruling", r.Ruling);
                w.WriteString("reason", r.Reason);
                if (MoveText.Of(r) is { } outcome) w.WriteString("outcome", outcome); else w.WriteNull("outcome");
                w.WriteStartArray("readBy");
                foreach (var seat in RulingReaders(g, r)) w.WriteStringValue(seat);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            // The facilitator's and seats' commands (moves, injects, advances), as the store keeps them: the game replays from these.
            w.WritePropertyName("gameLog");
            w.WriteRawValue(SeminarJson.SerializeEvents(g.Events));
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static byte[] Csv(SeminarGame g)
    {
        ArgumentNullException.ThrowIfNull(g);
        var sb = new StringBuilder(CsvHeader).Append("\r\n");
        void Row(string section, int turn, int week, string who, string what, string subject, string detail, string knownTo, string value) =>
            sb.AppendJoin(',', section, I(turn), I(week), Field(who), Field(what), Field(subject), Field(detail), Field(knownTo), value).Append("\r\n");
        foreach (var t in g.TurnSummaries)
        {
            Row("score", t.Turn, t.LastWeek, "", "score", "", "", "", R(t.Score));
            foreach (var m in MetricNames.All) Row("metric", t.Turn, t.LastWeek, "", m, "", "", "", t.Metrics.Get(m) is { } v && double.IsFinite(v) ? R(v) : "");
        }
        foreach (var d in g.Decisions)
        {
            Row("decision", d.Turn, d.Week, d.Seat, Formats.Words(d.Source), "bot's suggestion: " + MoveText.Of(d.BotSuggestion), MoveText.Of(d.Move), "", d.FollowsBot ? "same" : "differs");
        }
        foreach (var e in Events(g))
        {
            Row("event", TurnOf(g, e.Tick), e.Tick, e.Actor, e.Kind, e.Subject, e.Detail, string.Join(';', EventAudience.Of(g, e)), e.Key ? "key" : "");
        }
        var talk = g.FacilitatorView();
        foreach (var m in talk.Messages)
        {
            Row("message", TurnOf(g, m.Week), m.Week, m.From, "message", m.To, m.Text, string.Join(';', MessageReaders(g, m)), "");
        }
        foreach (var r in talk.Rulings)
        {
            Row("ruling", TurnOf(g, r.Week), r.Week, MessageChannels.Umpire, r.Ruling, r.Seat, r.Reason, string.Join(';', RulingReaders(g, r)), Field(MoveText.Of(r) ?? ""));
        }
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    private static IReadOnlyList<SimEvent> Events(SeminarGame g) => g.FacilitatorView().Events;

    // Who read a message or a ruling: the seats (in seat order) and the umpire, who reads every one.
    private static IEnumerable<string> MessageReaders(SeminarGame g, Core.Seminar.Events.MessageSent m) =>
        [.. g.Seats.Where(s => MessageChannels.Reads(s, m)), MessageChannels.Umpire];

    private static IEnumerable<string> RulingReaders(SeminarGame g, Core.Seminar.Events.RulingMade r) =>
        [.. g.Seats.Where(s => MessageChannels.ReadsRuling(s, r)), MessageChannels.Umpire];

    // A metric the scenario does not define, or one with no finite value (an infinite ratio), is written as null.
    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    private static int TurnOf(SeminarGame g, int week)
    {
        var turn = 1;
        while (turn < g.TotalTurns && g.FirstWeekOf(turn + 1) <= week) turn++;
        return turn;
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // RFC 4180 quoting; a text starting with = + - @ is prefixed with ' so a spreadsheet does not run it as a formula.
    private static string Field(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@') text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
