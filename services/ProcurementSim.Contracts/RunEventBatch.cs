namespace ProcurementSim.Contracts;

/// <summary>
/// The events an actor service published at once, in one bus message: each entry an actor's events of a tick, of
/// whichever runs were playing a tick on the service when the message went out (a tick wave across runs). One message
/// per event cost the service, the broker and the orchestrator a publish, a confirm, a routing and a consume each.
/// </summary>
/// <param name="Ticks">The entries, one per (run, tick, actor).</param>
public sealed record RunEventBatch(IReadOnlyList<RunTickEvents> Ticks);
