using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.ServiceDefaults;
using Xunit;

namespace ProcurementSim.Testing.Hosting;

/// <summary>
/// The four services (agency, vendor, replacement-vendor, orchestrator) running in this process on real Kestrel with
/// free ports and the in-memory bus; a class fixture, since starting them takes a moment.
/// </summary>
public sealed class InProcessSystem : IAsyncLifetime
{
    private readonly List<WebApplication> _apps = [];

    /// <summary>The orchestrator's gRPC address (what <c>--remote</c> takes).</summary>
    public string OrchestratorAddress { get; private set; } = string.Empty;

    /// <summary>False: the actors' events stay on their own buses and never reach the orchestrator (a lost event stream).</summary>
    public bool DeliverEvents { get; init; } = true;

    /// <summary>The orchestrator's services (its RunFaults, say).</summary>
    public IServiceProvider OrchestratorServices { get; private set; } = null!;

    /// <summary>The actor services' gRPC addresses (agency, vendor, replacement-vendor).</summary>
    public IReadOnlyList<string> ActorAddresses { get; private set; } = [];

    /// <summary>Settings of each actor service beyond the defaults.</summary>
    public IDictionary<string, string?> ActorSettings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Settings of the orchestrator beyond the defaults.</summary>
    public IDictionary<string, string?> OrchestratorSettings { get; init; } = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        var eventBus = new TaskCompletionSource<IBus>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bridge = DeliverEvents ? eventBus.Task : null;
        var agency = await Start(ServiceHosts.StartActorServiceAsync("agency", bridge, ActorSettings));
        var vendor = await Start(ServiceHosts.StartActorServiceAsync("vendor", bridge, ActorSettings));
        var replacement = await Start(ServiceHosts.StartActorServiceAsync("replacement-vendor", bridge, ActorSettings));
        var orchestrator = await Start(ServiceHosts.StartOrchestratorAsync(
            agency.GrpcAddress(), vendor.GrpcAddress(), replacement.GrpcAddress(), OrchestratorSettings));
        eventBus.SetResult(orchestrator.Services.GetRequiredService<IBus>());
        OrchestratorAddress = orchestrator.GrpcAddress();
        OrchestratorServices = orchestrator.Services;
        ActorAddresses = [agency.GrpcAddress(), vendor.GrpcAddress(), replacement.GrpcAddress()];
    }

    public async Task DisposeAsync()
    {
        foreach (var app in Enumerable.Reverse(_apps))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task<WebApplication> Start(Task<WebApplication> starting)
    {
        var app = await starting;
        _apps.Add(app);
        return app;
    }
}
