using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Reporting.Tests.Experiments;

/// <summary>Reads an experiment report as the tests need it: the page, its figures by id, its sections.</summary>
internal static partial class ExperimentHtml
{
    public static string Of(ExperimentSummary summary) => Encoding.UTF8.GetString(ExperimentReport.ToBytes(summary));

    /// <summary>The figure passed to Plotly.newPlot for a chart id (one line per figure).</summary>
    public static JsonElement Figure(string html, string id)
    {
        var prefix = $"Plotly.newPlot(\"{id}\", ";
        var line = html.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return JsonDocument.Parse(line[prefix.Length..^2]).RootElement.Clone();
    }

    /// <summary>The ids of every Plotly.newPlot call, in order.</summary>
    public static string[] PlottedIds(string html) =>
        [.. NewPlot().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>The ids of every chart div, in order.</summary>
    public static string[] ChartDivIds(string html) =>
        [.. ChartDiv().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>The traces of a figure.</summary>
    public static JsonElement[] Traces(string html, string id) => [.. Figure(html, id).GetProperty("data").EnumerateArray()];

    public static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    /// <summary>The markup of the section with id <paramref name="id"/>.</summary>
    public static string Section(string html, string id)
    {
        var start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section '{id}'");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex("^Plotly\\.newPlot\\(\"([^\"]+)\", ", RegexOptions.Multiline)]
    private static partial Regex NewPlot();

    [GeneratedRegex("<div id=\"([^\"]+)\" class=\"chart xchart\"")]
    private static partial Regex ChartDiv();
}
