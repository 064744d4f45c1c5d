using ProcurementSim.Core.Results;

namespace ProcurementSim.Reporting;

/// <summary>One self-contained HTML report of a run, with charts, that opens offline.</summary>
public static class HtmlReport
{
    /// <summary>The UTF-8 bytes of report.html.</summary>
    public static byte[] ToBytes(RunResult result) => throw new InvalidOperationException("under construction");
}
