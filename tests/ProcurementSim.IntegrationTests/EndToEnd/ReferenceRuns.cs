using Grpc.Net.Client;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.IntegrationTests.EndToEnd;

/// <summary>
/// One system (a replica of each service) on the test broker, on which every (reference scenario, strategy) pair is
/// started at once through the public API when the fixture starts: the runs share the services as real users' runs
/// would, and the pairs' tests each await their own run.
/// </summary>
public sealed class ReferenceRuns(RabbitMqBroker broker) : IAsyncLifetime
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private readonly Dictionary<(string File, string Strategy), Task<RunResultFiles>> _runs = [];
    private DistributedSystem? _system;
    private GrpcChannel? _channel;

    /// <summary>The files of the pair's run, once it has completed.</summary>
    public Task<RunResultFiles> FilesOf(string file, string strategy) => _runs[(file, strategy)];

    public async Task InitializeAsync()
    {
        _system = await DistributedSystem.StartAsync(broker.AmqpUrl, new DistributedSystemOptions
        {
            // Every pair at once; none waits for a slot.
            Settings = new Dictionary<string, string?> { ["Orchestrator:MaxConcurrentRuns"] = "32" },
        });
        _channel = OrchestratorApi.Channel(_system.Orchestrator.GrpcAddress);
        var api = new OrchestratorApi(_channel.CreateCallInvoker());
        foreach (var (file, strategy) in ReferenceScenarios.Pairs())
        {
            _runs[(file, strategy)] = api.PlayAsync(
                new StartRunRequest { ScenarioYaml = ReferenceScenarios.Text(file), ScenarioFile = file, Strategy = strategy },
                RunTimeout);
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_runs.Values);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Each pair's test reported its own failure.
        }

        _channel?.Dispose();
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }
}
