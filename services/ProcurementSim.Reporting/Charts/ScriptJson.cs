using System.Globalization;
using System.Text;

namespace ProcurementSim.Reporting.Charts;

/// <summary>Makes JSON safe to place inside a &lt;script&gt; element.</summary>
internal static class ScriptJson
{
    /// <summary>
    /// Escapes &lt;, &gt; and &amp; (and the JavaScript line separators) as \uXXXX. These characters can only occur
    /// inside JSON strings, where the escape means the same character, so a name like "&lt;/script&gt;" cannot end the script.
    /// </summary>
    public static string Escape(string json)
    {
        var sb = new StringBuilder(json.Length);
        foreach (var ch in json)
        {
            switch (ch)
            {
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                    sb.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }

        return sb.ToString();
    }
}
