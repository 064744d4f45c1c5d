using MassTransit;

namespace ProcurementSim.ServiceDefaults;

/// <summary>
/// The queue each actor service's replicas take placement claims from: <c>placement-claim-&lt;service&gt;</c>
/// (e.g. <c>placement-claim-agency</c>), named by the bus's endpoint name formatter so that a formatter with a prefix
/// (tests sharing a broker) keeps its queues apart. The orchestrator and the actor services compute it the same way.
/// </summary>
public static class PlacementQueues
{
    /// <summary>The queue of <paramref name="service"/> (agency, vendor or replacement-vendor).</summary>
    public static string Name(IEndpointNameFormatter formatter, string service)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        return formatter.Message<PlacementClaim>() + "-" + service;
    }

    // Only its name counts: the formatter turns it into "placement-claim" (with the formatter's prefix, if any).
    private sealed class PlacementClaim;
}
