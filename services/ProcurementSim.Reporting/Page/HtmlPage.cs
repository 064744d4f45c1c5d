using System.Net;
using System.Text;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Page;

/// <summary>What every report page shares: the head with the inline style sheet, and at the end plotly.js once and the figures.</summary>
internal static class HtmlPage
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A builder holding the doctype, the head and the opening body tag.</summary>
    /// <param name="encodedTitle">The page title, already HTML-encoded.</param>
    /// <param name="css">The inline style sheet.</param>
    public static StringBuilder Begin(string encodedTitle, string css)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(encodedTitle).Append("</title>\n")
            .Append("<style>\n").Append(css).Append("</style>\n</head>\n<body>\n");
        return html;
    }

    /// <summary>
    /// Closes the page and returns its UTF-8 bytes: when there are figures, plotly.js once (its bytes as the resource
    /// holds them), then one <c>Plotly.newPlot</c> line per figure.
    /// </summary>
    public static byte[] End(StringBuilder html, IReadOnlyList<ChartFigure> figures)
    {
        if (figures.Count == 0)
        {
            html.Append("</body>\n</html>\n");
            return Utf8.GetBytes(html.ToString());
        }

        var head = html.Append("<script>\n").ToString();
        var tail = new StringBuilder("\n</script>\n<script>\n");
        foreach (var figure in figures)
        {
            tail.Append("Plotly.newPlot(\"").Append(figure.Id).Append("\", ").Append(figure.FigureJson).Append(");\n");
        }

        var end = tail.Append("</script>\n</body>\n</html>\n").ToString();
        var script = PlotlyScript.Bytes;
        var page = new byte[Utf8.GetByteCount(head) + script.Length + Utf8.GetByteCount(end)];
        var at = Utf8.GetBytes(head, page);
        script.CopyTo(page, at);
        Utf8.GetBytes(end, page.AsSpan(at + script.Length));
        return page;
    }

    /// <summary>Text shown literally in HTML.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A right-aligned table cell holding already safe text (a formatted number).</summary>
    public static string NumberCell(string text) => "<td class=\"num\">" + text + "</td>";
}
