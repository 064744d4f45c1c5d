using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.ActorHost.Consumers;
using ProcurementSim.ActorHost.Delivery;
using ProcurementSim.ActorHost.Events;
using ProcurementSim.ActorHost.Grpc;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.ActorHost.Ticks;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.ActorHost;

/// <summary>Registers and maps the actor host: what the Agency, Vendor and ReplacementVendor services have in common.</summary>
public static class ActorHostExtensions
{
    /// <summary>
    /// Adds the run registry, the tick player, delivery, event publishing and the bus (with the RunCompleted
    /// consumer). <paramref name="configureBus"/> adds further consumers (tests use it to collect events).
    /// Call after <c>AddServiceDefaults</c>.
    /// </summary>
    public static WebApplicationBuilder AddActorHost(this WebApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configureBus = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ActorHostOptions>().Bind(builder.Configuration.GetSection("ProcSim"));
        services.AddSingleton<ActorRuns>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<DeliveryReceiver>();
        services.AddScoped<EventPublisher>();
        services.AddScoped<TickPlayer>();
        builder.AddProcurementBus(bus =>
        {
            bus.AddConsumer<RunCompletedConsumer, RunCompletedConsumerDefinition>();
            configureBus?.Invoke(bus);
        });
        return builder;
    }

    /// <summary>Maps RunLifecycle, Agency and Vendor. Every actor service serves all three; the orchestrator decides which actors each hosts.</summary>
    public static WebApplication MapActorHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGrpcService<RunLifecycleService>();
        app.MapGrpcService<AgencyGrpcService>();
        app.MapGrpcService<VendorGrpcService>();
        return app;
    }
}
