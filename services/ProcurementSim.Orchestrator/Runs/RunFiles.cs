namespace ProcurementSim.Orchestrator.Runs;

/// <summary>A finished run's files, byte for byte as the embedded writers make them, and its score.</summary>
public sealed record RunFiles(double Score, byte[] ResultJson, byte[] TimelineCsv, byte[] ReportHtml);
