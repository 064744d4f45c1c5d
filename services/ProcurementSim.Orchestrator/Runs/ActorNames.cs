using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>How failure sentences name an actor: "the agency (actor 1)", "vendor 'incumbent' (actor 2)".</summary>
public static class ActorNames
{
    public static string Of(Scenario scenario, int actorId)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (actorId == ActorIds.Agency)
        {
            return "the agency (actor 1)";
        }

        var index = ActorIds.VendorIndex(actorId);
        return index >= 0 && index < scenario.Vendors.Count
            ? $"vendor '{scenario.Vendors[index].Name}' (actor {actorId})"
            : $"actor {actorId}";
    }
}
