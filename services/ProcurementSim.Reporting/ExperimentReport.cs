using ProcurementSim.Analysis.Summary;
using ProcurementSim.Reporting.Charts;
using ProcurementSim.Reporting.Experiments;

namespace ProcurementSim.Reporting;

/// <summary>The report.html of <c>procsim compare</c> and <c>procsim sweep</c>: one self-contained page over an experiment's summary.</summary>
/// <remarks>
/// As <see cref="HtmlReport"/>: Plotly figures built with Plotly.NET, plotly.js inlined once, fixed chart ids, no
/// timestamps, every text from the summary HTML-encoded, so the same summary gives the same bytes. The charts are
/// drawn from the summary's statistics (box plots from quartiles and whiskers, fans from percentiles), never from
/// every run, which keeps the page small whatever the number of runs.
/// </remarks>
public static class ExperimentReport
{
    /// <summary>The UTF-8 bytes of the experiment's report.html.</summary>
    public static byte[] ToBytes(ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return ExperimentPage.Render(new ExperimentView(summary));
    }
}
