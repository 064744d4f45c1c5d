using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Reporting.LeverSearch;

namespace ProcurementSim.Reporting;

/// <summary>The report.html of <c>procsim optimize</c>: one self-contained page over a lever search's summary.</summary>
/// <remarks>
/// As <see cref="ExperimentReport"/>: plotly.js inlined once, fixed chart ids, no timestamps, every text HTML-encoded,
/// so the same summary gives the same bytes. The figures are written as Plotly JSON directly (parcoords is not in
/// Plotly.NET's C# surface) with invariant round-trip numbers.
/// </remarks>
public static class OptimizeReport
{
    /// <summary>The UTF-8 bytes of the search's report.html.</summary>
    public static byte[] ToBytes(OptimizeSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return OptimizePage.Render(summary);
    }
}
