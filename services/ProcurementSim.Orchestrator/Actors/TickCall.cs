using ProcurementSim.Core.Engine;

namespace ProcurementSim.Orchestrator.Actors;

/// <summary>What an actor is asked to play one tick (AdvanceTick).</summary>
/// <param name="RunId">The run id.</param>
/// <param name="ActorId">The actor.</param>
/// <param name="Tick">The tick.</param>
/// <param name="Injects">The injects fired at the tick that reach this actor.</param>
/// <param name="ExpectedMessages">Sender id → how many messages it sent this actor last tick.</param>
/// <param name="Categories">The scenario's category count (a vendor's report has one value per category).</param>
public sealed record TickCall(
    string RunId, int ActorId, int Tick, IReadOnlyList<FiredInject> Injects, IReadOnlyDictionary<int, int> ExpectedMessages, int Categories);
