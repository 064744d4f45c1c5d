using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>One actor service running on real Kestrel, with a channel to it.</summary>
public sealed class ServiceHost(string name, WebApplication app, string address) : IAsyncDisposable
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(address);

    public string Name { get; } = name;

    public string Address { get; } = address;

    public RunLifecycleClient Lifecycle => new(_channel.CreateCallInvoker());

    public Vendor.VendorClient Vendor => new(_channel);

    public Agency.AgencyClient Agency => new(_channel);

    /// <summary>The service's run registry (for what only the service can tell: buffers, runs initialised).</summary>
    public ActorRuns Runs => app.Services.GetRequiredService<ActorRuns>();

    public async ValueTask DisposeAsync()
    {
        _channel.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
