using ProcurementSim.Core.Results;

namespace ProcurementSim.Reporting;

/// <summary>
/// The files of one run as <c>procsim run</c> writes them (result.json, timeline.csv, report.html), made in one place so
/// that the CLI and the planners' workbench give the same bytes for the same run.
/// </summary>
public static class RunFileSet
{
    /// <summary>The files' names and bytes, in the order the CLI lists them.</summary>
    /// <param name="result">The run.</param>
    /// <param name="capabilityThreshold">The scenario's capability threshold (the report's dashed line).</param>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Of(RunResult result, double? capabilityThreshold)
    {
        ArgumentNullException.ThrowIfNull(result);
        return
        [
            ("result.json", ResultJsonWriter.ToBytes(result)),
            ("timeline.csv", TimelineCsvWriter.ToBytes(result)),
            ("report.html", HtmlReport.ToBytes(result, capabilityThreshold)),
        ];
    }
}
