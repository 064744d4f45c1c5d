using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.ServiceDefaults;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>
/// The three actor services (agency, vendor, replacement-vendor) hosted in process exactly as their Program.cs does,
/// each on free ports with the in-memory bus; every service's events land in one <see cref="EventSink"/>.
/// </summary>
public sealed class ActorServices : IAsyncLifetime
{
    public EventSink Events { get; } = new();

    public ServiceHost Agency { get; private set; } = null!;

    public ServiceHost Vendor { get; private set; } = null!;

    public ServiceHost Replacement { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Agency = await StartAsync("agency");
        Vendor = await StartAsync("vendor");
        Replacement = await StartAsync("replacement-vendor");
    }

    public async Task DisposeAsync()
    {
        await Agency.DisposeAsync();
        await Vendor.DisposeAsync();
        await Replacement.DisposeAsync();
    }

    private Task<ServiceHost> StartAsync(string name) => StartServiceAsync(name, Events);

    /// <summary>One actor service, as its Program.cs hosts it, with <paramref name="settings"/> over the tests' defaults.</summary>
    public static async Task<ServiceHost> StartServiceAsync(string name, EventSink events, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        var all = new Dictionary<string, string?>
        {
            ["ProcSim:GrpcPort"] = "0",
            ["ProcSim:HttpPort"] = "0",
            ["ProcSim:InboxTimeoutSeconds"] = "5",
            ["Bus:Transport"] = "InMemory",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        builder.Configuration.AddInMemoryCollection(all);
        builder.Services.AddSingleton(events);
        builder.AddServiceDefaults(name);
        builder.AddActorHost(bus => bus.AddConsumer<EventSinkConsumer>());
        var app = builder.Build();
        app.MapActorHost();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        return new ServiceHost(name, 0, app);
    }
}
