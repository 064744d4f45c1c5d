using System.Net.Http.Json;
using Grpc.Net.Client;
using ProcurementSim.Orchestrator.Diagnostics;
using ProcurementSim.Testing.Clients;

namespace ProcurementSim.Testing.Processes;

/// <summary>
/// The orchestrator as its own process (a <see cref="ServiceProcess"/> of <c>ProcurementSim.Orchestrator.dll</c>, its
/// real Program.cs), with a client of its public API, so a test can kill it with SIGKILL mid-run and start another
/// on the same run store. Configured only through the environment (run in an empty folder: no appsettings.json); its
/// queues are prefixed and temporary (<c>Bus:QueuePrefix</c>).
/// </summary>
public sealed class OrchestratorProcess : IDisposable
{
    private readonly ServiceProcess _service;

    private OrchestratorProcess(ServiceProcess service)
    {
        _service = service;
        Channel = OrchestratorApi.Channel(service.GrpcAddress);
        Api = new OrchestratorApi(Channel.CreateCallInvoker());
    }

    /// <summary>http://127.0.0.1:port of its gRPC endpoint.</summary>
    public string GrpcAddress => _service.GrpcAddress;

    /// <summary>http://127.0.0.1:port of its HTTP/1.1 endpoint (/health, and /diagnostics/memory when enabled).</summary>
    public string HttpAddress => _service.HttpAddress;

    /// <summary>The channel the <see cref="Api"/> uses.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>A client of its public API.</summary>
    public OrchestratorApi Api { get; }

    /// <summary>The process id (to read its memory from /proc/&lt;pid&gt;/status, say).</summary>
    public int ProcessId => _service.ProcessId;

    /// <summary>The last lines it wrote.</summary>
    public string Output => _service.Output;

    /// <summary>Starts the process with <paramref name="settings"/> (configuration keys, e.g. Orchestrator:StorePath) and waits until it is healthy.</summary>
    public static async Task<OrchestratorProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var service = new ServiceProcess("orchestrator", "ProcurementSim.Orchestrator", workingDirectory, settings);
        try
        {
            await service.StartAsync(timeout);
            return new OrchestratorProcess(service);
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    /// <summary>GET /diagnostics/memory (the process must run with Orchestrator:MemoryDiagnostics=true).</summary>
    public async Task<MemoryReport> MemoryAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(HttpAddress), Timeout = TimeSpan.FromSeconds(30) };
        return await http.GetFromJsonAsync<MemoryReport>(MemoryDiagnostics.Path)
            ?? throw new InvalidOperationException($"{MemoryDiagnostics.Path} answered null.");
    }

    /// <summary>SIGKILL: the process ends at once, writing nothing more.</summary>
    public void Kill() => _service.Kill();

    public void Dispose()
    {
        _service.Dispose();
        Channel.Dispose();
    }
}
