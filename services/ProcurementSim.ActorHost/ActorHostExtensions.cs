using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.ActorHost.Consumers;
using ProcurementSim.ActorHost.Events;
using ProcurementSim.ActorHost.Grpc;
using ProcurementSim.ActorHost.Placement;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.ActorHost.Ticks;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.ActorHost;

/// <summary>Registers and maps the actor host: what the Agency, Vendor and ReplacementVendor services have in common.</summary>
public static class ActorHostExtensions
{
    /// <summary>
    /// Adds the run registry, the tick player, delivery, event publishing and the bus (with the RunCompleted
    /// consumer, and the placement consumer on the service's placement queue, see <see cref="PlacementEndpoint"/>).
    /// <paramref name="configureBus"/> adds further consumers (tests use it to collect events).
    /// Call after <c>AddServiceDefaults</c> (whose service name names the placement queue).
    /// </summary>
    public static WebApplicationBuilder AddActorHost(this WebApplicationBuilder builder, Action<IBusRegistrationConfigurator>? configureBus = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ActorHostOptions>()
            .Bind(builder.Configuration.GetSection("ProcSim"))
            .Validate(o => o.RunCapacity is >= 1 and <= 10_000, "ProcSim:RunCapacity must be a whole number from 1 to 10,000 (default 16).")
            .Validate(o => o.ClaimInitTimeoutSeconds > 0 && o.ClaimIdleTimeoutSeconds > 0 && o.ClaimRedeliveredInitTimeoutSeconds > 0,
                "ProcSim:ClaimInitTimeoutSeconds, ProcSim:ClaimRedeliveredInitTimeoutSeconds and ProcSim:ClaimIdleTimeoutSeconds must be positive numbers of seconds.")
            .Validate(o => o.MaxRuns >= o.RunCapacity && o.MaxRuns <= 1_000_000,
                "ProcSim:MaxRuns must be a whole number from ProcSim:RunCapacity to 1,000,000 (default 1,000).")
            .Validate(o => o.RunIdleTimeoutSeconds > 0, "ProcSim:RunIdleTimeoutSeconds must be a positive number of seconds (default 600).")
            .Validate(o => string.IsNullOrWhiteSpace(o.AdvertisedAddress) || IsHttpAddress(o.AdvertisedAddress),
                "ProcSim:AdvertisedAddress must be an absolute http:// or https:// address such as http://10.0.0.5:5110, or empty for the bound address.")
            .ValidateOnStart();
        services.AddSingleton<RunClaims>();
        services.AddSingleton<AdvertisedAddress>();
        services.AddSingleton<ActorRuns>();
        services.AddHostedService<IdleRunSweeper>();
        services.AddSingleton<DeliveryStreams>();
        services.AddSingleton<IPeerDelivery, OutboxDelivery>();
        services.AddSingleton<DeliveryReceiver>();
        // One for the service: it batches the events of every run playing here.
        services.AddSingleton(sp => new EventPublisher(sp.GetRequiredService<IBus>()));
        services.AddScoped<TickPlayer>();
        builder.AddProcurementBus(
            bus =>
            {
                bus.AddConsumer<RunCompletedConsumer, RunCompletedConsumerDefinition>();
                bus.AddConsumer<PlacementClaimConsumer>().ExcludeFromConfigureEndpoints();
                configureBus?.Invoke(bus);
            },
            PlacementEndpoint.Configure);
        return builder;
    }

    private static bool IsHttpAddress(string address) =>
        Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Maps RunLifecycle, Agency, Vendor and Inbox (their deliveries on a stream). Every actor service serves all four; the orchestrator decides which actors each hosts.</summary>
    public static WebApplication MapActorHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGrpcService<RunLifecycleService>();
        app.MapGrpcService<AgencyGrpcService>();
        app.MapGrpcService<VendorGrpcService>();
        app.MapGrpcService<InboxService>();
        return app;
    }
}
