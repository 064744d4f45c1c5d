using System.Security.Cryptography;
using Grpc.Net.Client;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Processes;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>
/// The distributed mode as real processes: the agency, vendor and replacement-vendor services and the orchestrator
/// (on a SQLite run store in <see cref="Folder"/>), each <c>dotnet ProcurementSim.X.dll</c> configured through its
/// environment, on one broker, with queues of their own (<c>Bus:QueuePrefix</c>: prefixed and temporary). A fault
/// test kills any of them and starts it again on the same ports.
/// </summary>
public sealed class ProcessSystem : IDisposable
{
    private readonly GrpcChannel _channel;

    private ProcessSystem(TempDirectory folder, IReadOnlyList<ServiceProcess> actors, ServiceProcess orchestrator)
    {
        Folder = folder;
        Actors = actors;
        Orchestrator = orchestrator;
        _channel = OrchestratorApi.Channel(orchestrator.GrpcAddress);
        Api = new OrchestratorApi(_channel.CreateCallInvoker());
    }

    /// <summary>The system's folder: the run store and every service's working directory.</summary>
    public TempDirectory Folder { get; }

    /// <summary>The agency, vendor and replacement-vendor services.</summary>
    public IReadOnlyList<ServiceProcess> Actors { get; }

    /// <summary>The orchestrator.</summary>
    public ServiceProcess Orchestrator { get; }

    /// <summary>A client of the orchestrator's public API.</summary>
    public OrchestratorApi Api { get; }

    /// <summary>The orchestrator's run store.</summary>
    public string StorePath => Folder.File("orchestrator.db");

    /// <summary>One actor service by name (agency, vendor or replacement-vendor).</summary>
    public ServiceProcess Actor(string name) => Actors.Single(a => a.Name == name);

    /// <summary>The output of every service, for a failure message.</summary>
    public string Output => string.Join(Environment.NewLine, Actors.Append(Orchestrator).Select(s => s.Output));

    /// <summary>Starts the three actor services, then the orchestrator with <paramref name="orchestratorSettings"/> added to its own.</summary>
    public static async Task<ProcessSystem> StartAsync(string amqpUrl, IReadOnlyDictionary<string, string> orchestratorSettings)
    {
        ArgumentNullException.ThrowIfNull(orchestratorSettings);
        var folder = new TempDirectory();
        var prefix = $"faults-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}-";
        var common = new Dictionary<string, string>
        {
            ["RabbitMq:Url"] = amqpUrl,
            ["Bus:QueuePrefix"] = prefix,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var started = new List<ServiceProcess>();
        try
        {
            var actors = DistributedSystem.ActorServices
                .Select(s => new ServiceProcess(s.Name, Assembly(s.Key), Directory.CreateDirectory(folder.File(s.Name)).FullName, common))
                .ToList();
            started.AddRange(actors);
            await Task.WhenAll(actors.Select(a => a.StartAsync()));

            var settings = new Dictionary<string, string>(common) { ["Orchestrator:StorePath"] = folder.File("orchestrator.db") };
            foreach (var (name, key) in DistributedSystem.ActorServices)
            {
                settings[$"Services:{key}:0"] = actors.Single(a => a.Name == name).GrpcAddress;
            }

            foreach (var (key, value) in orchestratorSettings)
            {
                settings[key] = value;
            }

            var orchestrator = new ServiceProcess("orchestrator", "ProcurementSim.Orchestrator", Directory.CreateDirectory(folder.File("orchestrator")).FullName, settings);
            started.Add(orchestrator);
            await orchestrator.StartAsync();
            return new ProcessSystem(folder, actors, orchestrator);
        }
        catch
        {
            started.ForEach(s => s.Dispose());
            folder.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Orchestrator.Dispose();
        foreach (var actor in Actors)
        {
            actor.Dispose();
        }

        _channel.Dispose();
        Folder.Dispose();
    }

    private static string Assembly(string key) => "ProcurementSim." + key;
}
