using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ProcurementSim.ActorHost;
using ProcurementSim.Orchestrator;
using ProcurementSim.Orchestrator.Grpc;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.Testing.Hosting;

/// <summary>
/// The distributed mode in this process: every service a real Kestrel host on loopback port 0 with its own
/// MassTransit bus on a real RabbitMQ. <see cref="DistributedSystemOptions.Replicas"/> replicas of each actor service
/// (agency, vendor, replacement-vendor) are built as their Program.cs builds them (AddServiceDefaults(name),
/// AddActorHost, MapActorHost, MapDefaultEndpoints), and one orchestrator as its Program.cs does (AddServiceDefaults,
/// AddOrchestrator, MapGrpcService&lt;OrchestratorGrpcService&gt;, MapDefaultEndpoints), given the replicas' addresses
/// as Services:Agency:0, :1, ... Configuration comes only from here (no appsettings.json, no environment), and the
/// system's queues are its own (<see cref="BusIsolation"/>).
/// </summary>
public sealed class DistributedSystem : IAsyncDisposable
{
    /// <summary>The actor services with the key the orchestrator lists their replicas under.</summary>
    public static readonly IReadOnlyList<(string Name, string Key)> ActorServices =
        [("agency", "Agency"), ("vendor", "Vendor"), ("replacement-vendor", "ReplacementVendor")];

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private readonly List<ServiceHost> _actors;

    private DistributedSystem(List<ServiceHost> actors, ServiceHost orchestrator, string queuePrefix)
    {
        _actors = actors;
        Orchestrator = orchestrator;
        QueuePrefix = queuePrefix;
    }

    /// <summary>The orchestrator (its <see cref="ServiceHost.GrpcAddress"/> is what <c>--remote</c> takes).</summary>
    public ServiceHost Orchestrator { get; }

    /// <summary>Every replica of every actor service, service by service.</summary>
    public IReadOnlyList<ServiceHost> Actors => _actors;

    /// <summary>The orchestrator and every actor service replica.</summary>
    public IEnumerable<ServiceHost> All => [Orchestrator, .. _actors];

    /// <summary>The prefix of every queue this system declares.</summary>
    public string QueuePrefix { get; }

    /// <summary>The replicas of one actor service (agency, vendor or replacement-vendor), in the order the orchestrator lists them.</summary>
    public IReadOnlyList<ServiceHost> Replicas(string service) => [.. _actors.Where(a => a.Name == service).OrderBy(a => a.Replica)];

    /// <summary>Starts the actor services (all at once), then the orchestrator; returns when every bus is connected.</summary>
    public static async Task<DistributedSystem> StartAsync(string amqpUrl, DistributedSystemOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(amqpUrl);
        options ??= new DistributedSystemOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Replicas, 1);
        var prefix = $"e2e-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}-";

        var starting = ActorServices
            .SelectMany(s => Enumerable.Range(0, options.Replicas).Select(r => StartActorServiceAsync(s.Name, r, amqpUrl, prefix, options)))
            .ToList();
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            await StopAllAsync(starting.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result));
            throw;
        }

        var actors = starting.Select(t => t.Result).ToList();
        try
        {
            var orchestrator = await StartOrchestratorAsync(actors, amqpUrl, prefix, options);
            return new DistributedSystem(actors, orchestrator, prefix);
        }
        catch
        {
            await StopAllAsync(actors);
            throw;
        }
    }

    /// <summary>Stops the orchestrator first (it cancels what it still plays), then the actor services.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAllAsync([Orchestrator]);
        }
        finally
        {
            await StopAllAsync(_actors);
        }
    }

    private static async Task<ServiceHost> StartActorServiceAsync(string name, int replica, string amqpUrl, string prefix, DistributedSystemOptions options)
    {
        var builder = CreateBuilder(amqpUrl, options, new Dictionary<string, string?>());
        builder.AddServiceDefaults(name);
        builder.AddActorHost();
        BusIsolation.Apply(builder.Services, prefix);
        options.ConfigureActorService?.Invoke(builder, name, replica);
        var app = builder.Build();
        app.MapActorHost();
        app.MapDefaultEndpoints();
        return await StartAsync(name, replica, app);
    }

    private static async Task<ServiceHost> StartOrchestratorAsync(List<ServiceHost> actors, string amqpUrl, string prefix, DistributedSystemOptions options)
    {
        var addresses = new Dictionary<string, string?>();
        foreach (var (name, key) in ActorServices)
        {
            foreach (var replica in actors.Where(a => a.Name == name))
            {
                addresses[$"Services:{key}:{replica.Replica.ToString(CultureInfo.InvariantCulture)}"] = replica.GrpcAddress;
            }
        }

        var builder = CreateBuilder(amqpUrl, options, addresses);
        builder.AddServiceDefaults("orchestrator");
        builder.AddOrchestrator();
        BusIsolation.Apply(builder.Services, prefix);
        options.ConfigureOrchestrator?.Invoke(builder);
        var app = builder.Build();
        app.MapGrpcService<OrchestratorGrpcService>();
        app.MapDefaultEndpoints();
        return await StartAsync("orchestrator", 0, app);
    }

    private static WebApplicationBuilder CreateBuilder(string amqpUrl, DistributedSystemOptions options, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // Hermetic: the services' appsettings.json files (copied next to the tests) and the environment do not count.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ProcSim:BindAddress"] = "127.0.0.1",
            ["ProcSim:GrpcPort"] = "0",
            ["ProcSim:HttpPort"] = "0",
            ["RabbitMq:Url"] = amqpUrl,
            ["Orchestrator:StorePath"] = ":memory:", // each system its own run store, gone with it
            ["Logging:LogLevel:Default"] = options.LogLevel,
        });
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    private static async Task<ServiceHost> StartAsync(string name, int replica, WebApplication app)
    {
        try
        {
            await app.StartAsync();
            return new ServiceHost(name, replica, app);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static async Task StopAllAsync(IEnumerable<ServiceHost> hosts) =>
        await Task.WhenAll(hosts.Select(async host =>
        {
            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await host.App.StopAsync(timeout.Token);
            }
            finally
            {
                await host.App.DisposeAsync();
            }
        }));
}
