using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.ActorHost;
using ProcurementSim.ActorHost.Events;
using ProcurementSim.Orchestrator;
using ProcurementSim.Orchestrator.Diagnostics;
using ProcurementSim.Orchestrator.Grpc;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Testing.Hosting;

/// <summary>
/// Builds the services as their Program.cs does, on real Kestrel with free ports and the in-memory bus. The settings
/// come only from here (the services' appsettings.json files, copied next to the tests, are ignored).
/// </summary>
public static class ServiceHosts
{
    /// <summary>An orchestrator whose actor services are at the addresses given.</summary>
    public static async Task<WebApplication> StartOrchestratorAsync(string agency, string vendor, string replacementVendor, IDictionary<string, string?>? settings = null)
    {
        var builder = Builder(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Services:Agency:0"] = agency,
            ["Services:Vendor:0"] = vendor,
            ["Services:ReplacementVendor:0"] = replacementVendor,
        });
        builder.AddServiceDefaults("orchestrator");
        builder.AddOrchestrator();
        var app = builder.Build();
        app.MapGrpcService<OrchestratorGrpcService>();
        app.MapDefaultEndpoints();
        app.MapMemoryDiagnostics();
        await app.StartAsync();
        return app;
    }

    /// <summary>
    /// An actor service (agency, vendor or replacement-vendor). Each in-memory bus is private to its host, so the
    /// events the actors publish are sent to <paramref name="eventBus"/> (the orchestrator's bus), as RabbitMQ
    /// would carry them between processes; null leaves them on the service's own bus, where nobody hears them.
    /// </summary>
    public static async Task<WebApplication> StartActorServiceAsync(string name, Task<IBus>? eventBus, IDictionary<string, string?>? settings = null)
    {
        var builder = Builder(settings ?? new Dictionary<string, string?>());
        builder.AddServiceDefaults(name);
        builder.AddActorHost();
        if (eventBus is not null)
        {
            // The service's one event publisher (it batches every run's events) publishes on the orchestrator's bus.
            builder.Services.AddSingleton(_ => new EventPublisher(eventBus.GetAwaiter().GetResult()));
        }

        var app = builder.Build();
        app.MapActorHost();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        return app;
    }

    private static WebApplicationBuilder Builder(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ProcSim:GrpcPort"] = "0",
            ["ProcSim:HttpPort"] = "0",
            ["Bus:Transport"] = "InMemory",
            ["Orchestrator:StorePath"] = ":memory:", // each host its own run store, gone with it
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
