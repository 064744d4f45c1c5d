namespace ProcurementSim.Contracts;

/// <summary>The answer to a <see cref="PlacementClaim"/>: the replica that took the run, and where the orchestrator calls it.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Service">The actor service.</param>
/// <param name="Address">The replica's advertised gRPC address (http://host:port).</param>
public sealed record PlacementGranted(string RunId, string Service, string Address);
