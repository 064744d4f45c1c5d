using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using ProcurementSim.ServiceDefaults;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.Orchestrator.Tests.Support;

/// <summary>An orchestrator with no actor service behind it: its actor addresses are a port nobody listens on.</summary>
public sealed class OrchestratorAlone : IAsyncLifetime
{
    private WebApplication _app = null!;

    public OrchestratorApi Api { get; private set; } = null!;

    /// <summary>The address given for every actor service, where nothing answers.</summary>
    public string DeadAddress { get; } = $"http://127.0.0.1:{FreePort()}";

    public async Task InitializeAsync()
    {
        _app = await ServiceHosts.StartOrchestratorAsync(DeadAddress, DeadAddress, DeadAddress, new Dictionary<string, string?>
        {
            // Fail fast: two quick tries per call are enough to show how an unreachable service fails a run.
            ["ProcSim:CallAttempts"] = "2",
            ["ProcSim:RetryBaseDelayMilliseconds"] = "10",
            ["ProcSim:CallTimeoutSeconds"] = "5",
        });
        Api = new OrchestratorApi(_app.GrpcAddress());
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
