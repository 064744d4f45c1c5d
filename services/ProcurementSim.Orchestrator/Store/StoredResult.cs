namespace ProcurementSim.Orchestrator.Store;

/// <summary>A completed run's stored files, byte for byte as served.</summary>
/// <param name="Score">The score.</param>
/// <param name="ResultJson">result.json.</param>
/// <param name="TimelineCsv">timeline.csv.</param>
public sealed record StoredResult(double Score, byte[] ResultJson, byte[] TimelineCsv);
