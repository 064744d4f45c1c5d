using System.Diagnostics;
using System.Globalization;
using ProcurementSim.Testing.Network;

namespace ProcurementSim.Testing.Processes;

/// <summary>
/// A service as its own process (<c>dotnet ProcurementSim.X.dll</c>, its real Program.cs), so a fault test can kill
/// it with SIGKILL and start it again on the same ports with the same settings. Configured only through the
/// environment and run in its own empty folder (no appsettings.json counts). Ready when its <c>/health</c> answers
/// 200 (its bus is connected). Its last lines of output are kept for failure messages.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private static readonly TimeSpan DefaultStartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _assembly;
    private readonly string _workingDirectory;
    private readonly Dictionary<string, string> _environment;
    private readonly List<string> _output = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private Process? _process;

    /// <summary>Prepares <paramref name="assembly"/> (e.g. ProcurementSim.Vendor) on two free loopback ports; call <see cref="StartAsync"/>.</summary>
    public ServiceProcess(string name, string assembly, string workingDirectory, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Name = name;
        _assembly = assembly;
        _workingDirectory = workingDirectory;
        var ports = FreeTcpPort.Take(2);
        _environment = new Dictionary<string, string>(settings)
        {
            ["ProcSim:BindAddress"] = "127.0.0.1",
            ["ProcSim:GrpcPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["ProcSim:HttpPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
        };
        GrpcAddress = $"http://127.0.0.1:{ports[0].ToString(CultureInfo.InvariantCulture)}";
        HttpAddress = $"http://127.0.0.1:{ports[1].ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>agency, vendor, replacement-vendor or orchestrator.</summary>
    public string Name { get; }

    /// <summary>http://127.0.0.1:port of its gRPC endpoint (the same after a restart).</summary>
    public string GrpcAddress { get; }

    /// <summary>http://127.0.0.1:port of its HTTP/1.1 endpoint (/health).</summary>
    public string HttpAddress { get; }

    /// <summary>The process id of the current incarnation.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException($"{Name} is not started.");

    /// <summary>Times it was started.</summary>
    public int Starts { get; private set; }

    /// <summary>The last lines it wrote (every incarnation).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output.TakeLast(60));
            }
        }
    }

    /// <summary>Starts the process (again, after <see cref="Kill"/>) and waits until its /health answers 200 (60 s at most unless told).</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException($"{Name} is running already.");
        }

        _process?.Dispose();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, _assembly + ".dll"));
        foreach (var (key, value) in _environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        Starts++;
        Keep($"--- {Name} start {Starts.ToString(CultureInfo.InvariantCulture)} (pid {process.Id.ToString(CultureInfo.InvariantCulture)}) ---");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilHealthyAsync(timeout ?? DefaultStartTimeout);
    }

    /// <summary>SIGKILL: the process ends at once, writing nothing more.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: false);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        _http.Dispose();
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

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} at start:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri(HttpAddress + "/health"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name} was not healthy within {timeout.TotalSeconds} s:{Environment.NewLine}{Output}");
            }

            await Task.Delay(100);
        }
    }
}
