using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.ActorHost.Placement;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.ServiceDefaults;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>One started service of a <see cref="DistributedSystem"/>.</summary>
/// <param name="Name">agency, vendor, replacement-vendor or orchestrator.</param>
/// <param name="Replica">Its index among the replicas of its service (as listed to the orchestrator).</param>
/// <param name="App">The running host.</param>
public sealed record ServiceHost(string Name, int Replica, WebApplication App)
{
    /// <summary>The gRPC endpoint, http://127.0.0.1:port.</summary>
    public string GrpcAddress { get; } = App.GrpcAddress();

    /// <summary>The HTTP/1.1 endpoint of /health.</summary>
    public string HttpAddress { get; } = App.HttpAddress();

    /// <summary>The runs an actor service hosts (null for the orchestrator).</summary>
    public ActorRuns? Runs => App.Services.GetService<ActorRuns>();

    /// <summary>The placement claims an actor service has taken (batch runs placed on it by the broker); null for the orchestrator.</summary>
    public RunClaims? Claims => App.Services.GetService<RunClaims>();

    /// <summary>Service and replica, e.g. vendor#1.</summary>
    public override string ToString() => $"{Name}#{Replica} at {GrpcAddress}";
}
