using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Grpc.Core;
using Grpc.Net.Client;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.Orchestrator.Diagnostics;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>
/// The orchestrator as its own process (<c>dotnet ProcurementSim.Orchestrator.dll</c>, its real Program.cs), so a
/// test can kill it with SIGKILL mid-run and start it again on the same run store. Configured only through the
/// environment (run in an empty folder: no appsettings.json); its queues are prefixed and temporary
/// (<c>Bus:QueuePrefix</c>). Its output is kept for the failure message.
/// </summary>
public sealed class OrchestratorProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private OrchestratorProcess(Process process, string address, string httpAddress, GrpcChannel channel)
    {
        _process = process;
        GrpcAddress = address;
        HttpAddress = httpAddress;
        Channel = channel;
        Api = new OrchestratorApi(channel.CreateCallInvoker());
    }

    /// <summary>http://127.0.0.1:port of its gRPC endpoint.</summary>
    public string GrpcAddress { get; }

    /// <summary>http://127.0.0.1:port of its HTTP/1.1 endpoint (/health, and /diagnostics/memory when enabled).</summary>
    public string HttpAddress { get; }

    /// <summary>The channel the <see cref="Api"/> uses.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>A client of its public API.</summary>
    public OrchestratorApi Api { get; }

    /// <summary>The process id (to read its memory from /proc/&lt;pid&gt;/status, say).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The last lines it wrote.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output.TakeLast(40));
            }
        }
    }

    /// <summary>Starts the process with <paramref name="settings"/> (configuration keys, e.g. Orchestrator:StorePath) and waits until ListRuns answers.</summary>
    public static async Task<OrchestratorProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ports = FreeTcpPort.Take(2);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ProcurementSim.Orchestrator.dll"));
        var environment = new Dictionary<string, string>(settings)
        {
            ["ProcSim:BindAddress"] = "127.0.0.1",
            ["ProcSim:GrpcPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["ProcSim:HttpPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var address = $"http://127.0.0.1:{ports[0].ToString(CultureInfo.InvariantCulture)}";
        var httpAddress = $"http://127.0.0.1:{ports[1].ToString(CultureInfo.InvariantCulture)}";
        var started = new OrchestratorProcess(process, address, httpAddress, OrchestratorApi.Channel(address));
        process.OutputDataReceived += (_, e) => started.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => started.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await started.WaitUntilAnsweringAsync(timeout);
            return started;
        }
        catch
        {
            started.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Its memory after a full collection (<see cref="MemoryDiagnostics"/>): started with
    /// <c>Orchestrator:MemoryDiagnostics=true</c> only.
    /// </summary>
    public async Task<MemoryReport> MemoryAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(HttpAddress), Timeout = TimeSpan.FromSeconds(30) };
        return await http.GetFromJsonAsync<MemoryReport>(MemoryDiagnostics.Path)
            ?? throw new InvalidOperationException($"{MemoryDiagnostics.Path} answered null.");
    }

    /// <summary>SIGKILL: the process ends at once, writing nothing more.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        Channel.Dispose();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The orchestrator process exited with code {_process.ExitCode} at start:{Environment.NewLine}{Output}");
            }

            try
            {
                await Api.ListRunsAsync();
                return;
            }
            catch (RpcException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
