namespace ProcurementSim.Orchestrator.Placement;

/// <summary>One actor service's part of a run: the replica chosen and the actors it hosts.</summary>
public sealed record ServiceShare(ActorService Service, string Address, IReadOnlyList<int> ActorIds);
