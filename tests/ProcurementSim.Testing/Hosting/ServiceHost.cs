using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.ActorHost.Placement;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Protocol.V1;
using ProcurementSim.ServiceDefaults;
using ProcurementSim.Testing.Clients;

namespace ProcurementSim.Testing.Hosting;

/// <summary>
/// One service started in this process on real Kestrel (an actor service or the orchestrator), with clients of it
/// on a channel made the first time one is asked for. A <see cref="DistributedSystem"/> starts and stops its own;
/// whoever else starts one disposes it (channel, then host).
/// </summary>
/// <param name="name">agency, vendor, replacement-vendor or orchestrator.</param>
/// <param name="replica">Its index among the replicas of its service (as listed to the orchestrator); 0 when it is alone.</param>
/// <param name="app">The running host.</param>
public sealed class ServiceHost(string name, int replica, WebApplication app) : IAsyncDisposable
{
    private readonly Lazy<GrpcChannel> _channel = new(() => GrpcChannel.ForAddress(app.GrpcAddress()));

    /// <summary>agency, vendor, replacement-vendor or orchestrator.</summary>
    public string Name { get; } = name;

    /// <summary>Its index among the replicas of its service (as listed to the orchestrator).</summary>
    public int Replica { get; } = replica;

    /// <summary>The running host.</summary>
    public WebApplication App { get; } = app;

    /// <summary>The gRPC endpoint, http://127.0.0.1:port.</summary>
    public string GrpcAddress { get; } = app.GrpcAddress();

    /// <summary>The HTTP/1.1 endpoint of /health.</summary>
    public string HttpAddress { get; } = app.HttpAddress();

    /// <summary>The runs an actor service hosts (null for the orchestrator): buffers, runs initialised, what only the service can tell.</summary>
    public ActorRuns? Runs => App.Services.GetService<ActorRuns>();

    /// <summary>The placement claims an actor service has taken (batch runs placed on it by the broker); null for the orchestrator.</summary>
    public RunClaims? Claims => App.Services.GetService<RunClaims>();

    /// <summary>A client of an actor service's RunLifecycle (as the orchestrator calls it).</summary>
    public RunLifecycleClient Lifecycle => new(_channel.Value.CreateCallInvoker());

    /// <summary>A new tick stream (RunLifecycle.AdvanceTicks) to an actor service; dispose it.</summary>
    public TickStreamClient OpenTickStream() => new(_channel.Value.CreateCallInvoker());

    /// <summary>A client of an actor service's delivery stream (Inbox.Deliver).</summary>
    public Inbox.InboxClient Inbox => new(_channel.Value);

    /// <summary>A client of the vendor service (vendor and replacement-vendor).</summary>
    public Vendor.VendorClient Vendor => new(_channel.Value);

    /// <summary>A client of the agency service.</summary>
    public Agency.AgencyClient Agency => new(_channel.Value);

    /// <summary>Service and replica, e.g. vendor#1.</summary>
    public override string ToString() => $"{Name}#{Replica} at {GrpcAddress}";

    /// <summary>Disposes the channel, then stops and disposes the host.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_channel.IsValueCreated)
        {
            _channel.Value.Dispose();
        }

        await App.StopAsync();
        await App.DisposeAsync();
    }
}
