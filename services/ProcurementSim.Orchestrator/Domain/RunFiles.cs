namespace ProcurementSim.Orchestrator.Domain;

/// <summary>
/// A finished run's files, byte for byte as the embedded writers make them, and its score. report.html is
/// rendered on first use (it is the one expensive file) and kept.
/// </summary>
public sealed record RunFiles(double Score, byte[] ResultJson, byte[] TimelineCsv, Lazy<byte[]> ReportHtml);
