using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.ActorHost.Placement;

/// <summary>
/// Declares the replica's receive endpoint on its service's placement queue (<see cref="PlacementQueues"/>), shared by
/// every replica of the service: prefetch and concurrency = the replica's run capacity. It is declared by hand, not by
/// ConfigureEndpoints, because the consumer answers long before it finishes: the in-memory outbox the other endpoints
/// use would hold the answer back until the run ended.
/// </summary>
public static class PlacementEndpoint
{
    /// <summary>Adds the endpoint to the bus being configured.</summary>
    public static void Configure(IBusRegistrationContext context, IBusFactoryConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(bus);
        var service = context.GetRequiredService<ServiceIdentity>().Name;
        var capacity = context.GetRequiredService<IOptions<ActorHostOptions>>().Value.RunCapacity;
        bus.ReceiveEndpoint(PlacementQueues.Name(context.EndpointNameFormatter, service), endpoint =>
        {
            endpoint.PrefetchCount = capacity;
            endpoint.ConcurrentMessageLimit = capacity;
            endpoint.ConfigureConsumer<PlacementClaimConsumer>(context);
        });
    }
}
