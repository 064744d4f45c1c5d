namespace ProcurementSim.Contracts;

/// <summary>
/// Orchestrator → one replica of an actor service (a request on the service's placement queue, which every replica
/// consumes): host this run's actors of your service. The replica that takes it answers with
/// <see cref="PlacementGranted"/> and keeps the message unacknowledged until the run ends there, so the broker hands a
/// replica no more claims than it has room for (its prefetch is its run capacity).
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Service">The actor service asked (agency, vendor or replacement-vendor).</param>
public sealed record PlacementClaim(string RunId, string Service);
