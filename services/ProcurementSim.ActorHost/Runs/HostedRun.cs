using System.Collections.Concurrent;
using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Playbooks;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>One run as this service holds it: its inputs, its scenario, and the actors this service hosts for it.</summary>
public sealed class HostedRun(string id, RunInputs inputs, Scenario scenario, StrategySpec strategy)
{
    private readonly ConcurrentDictionary<int, HostedActor> _actors = new();

    private long _lastUsed;

    /// <summary>When a call last named this run (<see cref="TimeProvider.GetTimestamp"/> of the registry's clock).</summary>
    internal long LastUsed => Volatile.Read(ref _lastUsed);

    internal void Touch(long timestamp) => Volatile.Write(ref _lastUsed, timestamp);

    /// <summary>Run id.</summary>
    public string Id { get; } = id;

    /// <summary>What InitRun fixed.</summary>
    public RunInputs Inputs { get; } = inputs;

    /// <summary>The loaded scenario.</summary>
    public Scenario Scenario { get; } = scenario;

    /// <summary>Actor id → address of the service hosting it.</summary>
    public IReadOnlyDictionary<int, string> Peers => Inputs.Peers;

    /// <summary>Ids of the actors hosted here, ascending.</summary>
    public IReadOnlyList<int> ActorIds => [.. _actors.Keys.Order()];

    /// <summary>Ticks played so far by the actors hosted here, added up (it grows while the run is in play).</summary>
    public int TicksPlayed => _actors.Values.Sum(a => a.Played);

    /// <summary>Whether any hosted actor has played a tick.</summary>
    public bool Started => _actors.Values.Any(a => a.Played > 0);

    /// <summary>The hosted actor, or null when this service does not host it for the run.</summary>
    public HostedActor? Find(int actorId) => _actors.GetValueOrDefault(actorId);

    /// <summary>Creates the actor at tick 0 unless it is already hosted. The caller validated the id.</summary>
    internal void Host(int actorId) => _actors.GetOrAdd(actorId, id => new HostedActor(Create(id)));

    private SteppingActor Create(int actorId) => actorId == Core.Messages.ActorIds.Agency
        ? new SteppingAgency(new AgencyActor(Scenario, PlaybookFactory.Create(Scenario, strategy), Inputs.Seed, Inputs.RunIndex))
        : new SteppingVendor(new VendorActor(Scenario, Core.Messages.ActorIds.VendorIndex(actorId), Inputs.Seed, Inputs.RunIndex));
}
