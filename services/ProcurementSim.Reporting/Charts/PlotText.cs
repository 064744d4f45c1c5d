using System.Net;
using System.Text;

namespace ProcurementSim.Reporting.Charts;

/// <summary>Text for Plotly labels. Plotly reads labels as a small subset of HTML, so text from the result is encoded.</summary>
internal static class PlotText
{
    /// <summary>User text shown literally by Plotly.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>User text broken into lines of at most about <paramref name="width"/> characters, encoded, joined by &lt;br&gt;.</summary>
    public static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return string.Join("<br>", lines.Select(Encode));
    }
}
