using System.Net;
using System.Text;
using ProcurementSim.Reporting.Charts;

namespace ProcurementSim.Reporting.Page;

/// <summary>What every report page shares: the head with the inline style sheet, and at the end plotly.js once and the figures.</summary>
internal static class HtmlPage
{
    /// <summary>A builder with room for plotly.js and the page, holding the doctype, the head and the opening body tag.</summary>
    /// <param name="encodedTitle">The page title, already HTML-encoded.</param>
    /// <param name="css">The inline style sheet.</param>
    /// <param name="plotlyJs">The plotly.js source the page will inline (sizes the builder).</param>
    public static StringBuilder Begin(string encodedTitle, string css, string plotlyJs)
    {
        var html = new StringBuilder(plotlyJs.Length + 64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(encodedTitle).Append("</title>\n")
            .Append("<style>\n").Append(css).Append("</style>\n</head>\n<body>\n");
        return html;
    }

    /// <summary>Closes the page: when there are figures, plotly.js once, then one <c>Plotly.newPlot</c> line per figure.</summary>
    public static string End(StringBuilder html, IReadOnlyList<ChartFigure> figures, string plotlyJs)
    {
        if (figures.Count > 0)
        {
            html.Append("<script>\n").Append(plotlyJs).Append("\n</script>\n<script>\n");
            foreach (var figure in figures)
            {
                html.Append("Plotly.newPlot(\"").Append(figure.Id).Append("\", ").Append(figure.FigureJson).Append(");\n");
            }

            html.Append("</script>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Text shown literally in HTML.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A right-aligned table cell holding already safe text (a formatted number).</summary>
    public static string NumberCell(string text) => "<td class=\"num\">" + text + "</td>";
}
