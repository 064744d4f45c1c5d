using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;
using ProcurementSim.Reporting.Charts;
using ProcurementSim.Reporting.Text;

namespace ProcurementSim.Reporting;

/// <summary>
/// The pieces of a run's report for a live page (the planners' workbench): the same Plotly figures as report.html, its
/// numbered key events, plotly.js itself, and the words it uses for metrics, so the page and the report never differ.
/// </summary>
public static class RunView
{
    /// <summary>The report's figures (capability, allocation, cumulative cost), each its div id and Plotly JSON.</summary>
    public static IReadOnlyList<(string Id, string Json)> Figures(RunResult result, double? capabilityThreshold)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. ReportCharts.Build(result, capabilityThreshold, KeyEvent.From(result.Events)).Select(f => (f.Id, f.FigureJson))];
    }

    /// <summary>The run's key events, numbered as the report and its charts number them.</summary>
    public static IReadOnlyList<(int Number, SimEvent Event)> KeyEvents(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. KeyEvent.From(result.Events).Select(k => (k.Number, k.Event))];
    }

    /// <summary>The plotly.js bundle the report inlines (UTF-8), for a page to load as a script of its own server.</summary>
    public static byte[] PlotlyJs => PlotlyScript.Bytes;

    /// <summary>What a metric measures, in the report's words.</summary>
    public static string Meaning(string metric) => Display.Meaning(metric);
}
