using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Orchestrator.Placement;

/// <summary>Where a run's actors live: each actor's service and the replica of it chosen for the run.</summary>
/// <param name="Peers">Actor id → gRPC address, for every actor of the run (what InitRun hands every service).</param>
/// <param name="Services">Each service used, with its address and the actor ids it hosts for the run.</param>
public sealed record RunPlacement(IReadOnlyDictionary<int, string> Peers, IReadOnlyList<ServiceShare> Services)
{
    /// <summary>Places the agency, the incumbent and every replacement of <paramref name="scenario"/> by the hash of the run id.</summary>
    public static RunPlacement For(Scenario scenario, string runId, ReplicaPicker picker)
    {
        ArgumentNullException.ThrowIfNull(picker);
        return Of(ActorsByService(scenario), service => picker.Pick(service, runId));
    }

    /// <summary>The services a run of <paramref name="scenario"/> uses, in <see cref="ActorService"/> order, each with the actor ids it hosts.</summary>
    public static IReadOnlyList<(ActorService Service, IReadOnlyList<int> ActorIds)> ActorsByService(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var actors = new Dictionary<ActorService, List<int>> { [ActorService.Agency] = [ActorIds.Agency] };
        for (var v = 0; v < scenario.Vendors.Count; v++)
        {
            var service = scenario.Vendors[v].Role == VendorRole.Incumbent ? ActorService.Vendor : ActorService.ReplacementVendor;
            if (!actors.TryGetValue(service, out var ids))
            {
                actors[service] = ids = [];
            }

            ids.Add(ActorIds.Vendor(v));
        }

        return [.. actors.OrderBy(a => a.Key).Select(a => (a.Key, (IReadOnlyList<int>)a.Value))];
    }

    /// <summary>The placement with each service at the address given.</summary>
    public static RunPlacement Of(IReadOnlyList<(ActorService Service, IReadOnlyList<int> ActorIds)> actors, Func<ActorService, string> addressOf)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(addressOf);
        var shares = actors.Select(a => new ServiceShare(a.Service, addressOf(a.Service), a.ActorIds)).ToList();
        var peers = shares.SelectMany(s => s.ActorIds.Select(id => (id, s.Address))).ToDictionary(p => p.id, p => p.Address);
        return new RunPlacement(peers, shares);
    }

    /// <summary>The address of an actor.</summary>
    public string AddressOf(int actorId) => Peers[actorId];

    /// <summary>The service hosting an actor.</summary>
    public ActorService ServiceOf(int actorId) => Services.First(s => s.ActorIds.Contains(actorId)).Service;
}
