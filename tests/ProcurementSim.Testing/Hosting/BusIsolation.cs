using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ProcurementSim.Testing.Hosting;

/// <summary>
/// Keeps the queues of one in-process system apart from every other user of the same broker. MassTransit names a
/// consumer's queue after the consumer (kebab case: the orchestrator's events land in <c>run-event</c>), and two
/// orchestrators on one queue would be competing consumers that each lose half of the other's events; a deployed
/// orchestrator on a shared RABBITMQ_URL would be one of them. So every receive endpoint of the system is named with a
/// prefix of its own and is auto-deleted (not durable) when the system stops, leaving nothing behind on the broker.
/// Exchanges stay shared (they are named after message types): a system may be offered another's events, and its
/// orchestrator drops events of runs it does not play.
/// </summary>
public static class BusIsolation
{
    /// <summary>Registers the prefixed endpoint names and the auto-delete queues; call after <c>AddProcurementBus</c>.</summary>
    public static void Apply(IServiceCollection services, string prefix)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Resolved by ConfigureEndpoints from the container; registered after the services' own kebab-case formatter, so it wins.
        services.AddSingleton<IEndpointNameFormatter>(new KebabCaseEndpointNameFormatter(prefix, false));
        services.AddSingleton<IConfigureReceiveEndpoint>(new TemporaryQueues());
    }

    private sealed class TemporaryQueues : IConfigureReceiveEndpoint
    {
        public void Configure(string name, IReceiveEndpointConfigurator configurator)
        {
            if (configurator is IRabbitMqReceiveEndpointConfigurator rabbit)
            {
                rabbit.AutoDelete = true;
                rabbit.Durable = false;
            }
        }
    }
}
