namespace ProcurementSim.Contracts;

/// <summary>One entry of a run's event log. (Tick, ActorId, Sequence) is its identity and its canonical order.</summary>
/// <param name="Tick">Week it happened.</param>
/// <param name="ActorId">0 orchestrator, 1 agency, 2 + i vendor i.</param>
/// <param name="Sequence">Position among the actor's events of that tick.</param>
/// <param name="Kind">What happened (snake_case).</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Subject">Whom it concerns.</param>
/// <param name="Detail">A sentence for people.</param>
/// <param name="Key">Whether it is a key event.</param>
public sealed record RunEventData(int Tick, int ActorId, int Sequence, string Kind, string Actor, string Subject, string Detail, bool Key);
