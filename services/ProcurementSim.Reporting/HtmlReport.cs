using ProcurementSim.Core.Results;
using ProcurementSim.Reporting.Charts;
using ProcurementSim.Reporting.Page;

namespace ProcurementSim.Reporting;

/// <summary>One self-contained HTML report of a run, with charts, that opens offline.</summary>
/// <remarks>
/// The charts are Plotly figures built with Plotly.NET; plotly.js, which Plotly.NET ships inside its assembly, is
/// inlined once, so the page makes no network request. The same result gives the same bytes (fixed chart ids,
/// no timestamps). Every text that comes from the result is HTML-encoded.
/// </remarks>
public static class HtmlReport
{
    /// <summary>The UTF-8 bytes of report.html, without a capability threshold line.</summary>
    public static byte[] ToBytes(RunResult result) => ToBytes(result, capabilityThreshold: null);

    /// <summary>The UTF-8 bytes of report.html.</summary>
    /// <param name="result">The run.</param>
    /// <param name="capabilityThreshold">The scenario's capability threshold, drawn as a dashed line on the capability chart; null for none.</param>
    public static byte[] ToBytes(RunResult result, double? capabilityThreshold)
    {
        ArgumentNullException.ThrowIfNull(result);
        var keyEvents = KeyEvent.From(result.Events);
        var figures = ReportCharts.Build(result, capabilityThreshold, keyEvents);
        return ReportPage.Render(result, keyEvents, figures);
    }
}
