using System.Globalization;
using System.Text.Encodings.Web;

namespace ProcurementSim.Seminar.Pages;

/// <summary>HTML building blocks: every value written into a page goes through <see cref="E"/>.</summary>
internal static class Html
{
    /// <summary>A value, HTML-encoded (invariant culture).</summary>
    public static string E(object? value) => HtmlEncoder.Default.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");

    /// <summary>A number with <paramref name="decimals"/> decimals.</summary>
    public static string N(double? value, int decimals = 2) => value is { } v ? N(v, decimals) : "—";

    /// <summary>A number with <paramref name="decimals"/> decimals.</summary>
    public static string N(double value, int decimals = 2) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A whole page: styles and script from the app itself (no CDN: it must work offline).</summary>
    public static string Page(string title, string body) => $"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)} · ProcurementSim seminar</title>
        <link rel="stylesheet" href="/static/seminar.css"></head>
        <body>
        <header class="top"><a href="/">ProcurementSim seminar</a></header>
        <main>
        {body}
        </main>
        <script src="/static/seminar.js"></script>
        </body>
        </html>
        """;

    /// <summary>The element the script keeps fresh: it follows <paramref name="eventsUrl"/> and swaps in <paramref name="fragmentUrl"/>.</summary>
    public static string Live(string fragmentUrl, string eventsUrl, string fragment) =>
        $"""<div id="live" data-fragment="{E(fragmentUrl)}" data-events="{E(eventsUrl)}">{fragment}</div><p id="msg" role="alert"></p>""";

    public static string Timer(TimeSpan? remaining, bool paused) => remaining is { } r
        ? $"""<span class="timer{(paused ? " paused" : "")}" data-remaining-ms="{(long)r.TotalMilliseconds}" data-paused="{(paused ? "1" : "0")}">{(int)r.TotalMinutes}:{r.Seconds:00}</span>{(paused ? " (paused)" : "")}"""
        : """<span class="timer none">no time limit running</span>""";

    /// <summary>A table in its own sideways-scrolling box, so a wide table never widens the page on a phone.</summary>
    public static string Table(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows, string? cls = null) =>
        $"<div class=\"scroll\"><table{(cls is null ? "" : $" class=\"{E(cls)}\"")}><thead><tr>{string.Concat(headers.Select(h => $"<th>{E(h)}</th>"))}</tr></thead><tbody>"
        + string.Concat(rows.Select(r => "<tr>" + string.Concat(r.Select(c => $"<td>{c}</td>")) + "</tr>")) + "</tbody></table></div>";

    /// <summary>The columns of <see cref="EventRow"/>.</summary>
    public static IReadOnlyList<string> EventHeaders { get; } = ["week", "event", "by", "concerning", "detail"];

    /// <summary>An event of the run as a table row, in words.</summary>
    public static string[] EventRow(ProcurementSim.Core.Events.SimEvent e) =>
        [E(e.Tick), E(Formats.EventKind(e.Kind)), E(Formats.Actor(e.Actor)), E(Formats.Actor(e.Subject)), E(Formats.Sentence(e.Detail))];

    public static string Options(IEnumerable<string> values, string? selected = null) =>
        string.Concat(values.Select(v => $"<option value=\"{E(v)}\"{(v == selected ? " selected" : "")}>{E(v)}</option>"));
}
