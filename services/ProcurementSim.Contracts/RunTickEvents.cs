namespace ProcurementSim.Contracts;

/// <summary>
/// Every event one actor of a run published during one tick (sequence order): an entry of a <see cref="RunEventBatch"/>.
/// The orchestrator stores each event once by its identity (run, tick, actor, sequence), so an entry delivered twice,
/// late or out of order changes nothing.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Tick">The tick the events happened in.</param>
/// <param name="ActorId">The actor that published them.</param>
/// <param name="Events">The events, sequences 0..n−1, each with this tick and actor.</param>
public sealed record RunTickEvents(string RunId, int Tick, int ActorId, IReadOnlyList<RunEventData> Events);
