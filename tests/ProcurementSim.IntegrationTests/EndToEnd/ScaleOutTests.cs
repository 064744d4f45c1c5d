using System.Globalization;
using ProcurementSim.Core.Randomness;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.IntegrationTests.EndToEnd;

/// <summary>More replicas of each actor service: one orchestrator spreads its runs over them, and every run still gives the embedded bytes.</summary>
[Collection(BrokerCollection.Name)]
public sealed class ScaleOutTests(RabbitMqBroker broker)
{
    private const int Replicas = 2;
    private const int Runs = 12;
    private const string Strategy = "structured_replacement";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Twelve_runs_on_two_replicas_of_each_service_give_the_embedded_bytes_and_both_replicas_of_each_service_serve_runs()
    {
        await using var system = await DistributedSystem.StartAsync(broker.AmqpUrl, new DistributedSystemOptions { Replicas = Replicas });
        using var channel = OrchestratorApi.Channel(system.Orchestrator.GrpcAddress);
        var api = new OrchestratorApi(channel.CreateCallInvoker());
        var text = ReferenceScenarios.Text(ReferenceScenarios.Standoff);

        var seeds = Enumerable.Range(1, Runs).Select(i => (ulong)i).ToList();
        var started = (await Task.WhenAll(seeds.Select(seed => api.StartRunAsync(
            new StartRunRequest { ScenarioYaml = text, ScenarioFile = ReferenceScenarios.Standoff, Strategy = Strategy, Seed = seed })))).ToList();
        // Run ids are random: once in about 2,000 times all twelve land on one replica. Then play one more run, until
        // each replica has one, so that the last assertion below never fails by chance.
        while (Enumerable.Range(0, Replicas).Any(r => !started.Any(s => ReplicaOf(s.RunId) == r)))
        {
            seeds.Add((ulong)seeds.Count + 1);
            started.Add(await api.StartRunAsync(
                new StartRunRequest { ScenarioYaml = text, ScenarioFile = ReferenceScenarios.Standoff, Strategy = Strategy, Seed = seeds[^1] }));
        }

        var finals = await Task.WhenAll(started.Select(s => api.WatchToEndAsync(s.RunId, RunTimeout)));

        for (var i = 0; i < started.Count; i++)
        {
            Assert.True(finals[i].State == RunState.Completed, $"run {started[i].RunId} (seed {seeds[i]}) ended {finals[i].State}: {finals[i].Error}");
            var files = await api.GetResultAsync(started[i].RunId);
            var embedded = EmbeddedFiles.Of(ReferenceScenarios.Standoff, Strategy, seeds[i], report: false);
            SameBytes.Assert(embedded.ResultJson, files.ResultJson.ToByteArray(), $"result.json of seed {seeds[i]}");
            SameBytes.Assert(embedded.TimelineCsv, files.TimelineCsv.ToByteArray(), $"timeline.csv of seed {seeds[i]}");
        }

        // The placement rule (replica = StableHash(run id) % replicas) decides where each run goes; every replica of
        // every service hosted exactly the runs the rule gives it (each replica host counts the runs it created).
        var expected = Enumerable.Range(0, Replicas)
            .Select(r => started.Count(s => ReplicaOf(s.RunId) == r))
            .ToList();
        foreach (var (service, _) in DistributedSystem.ActorServices)
        {
            var served = system.Replicas(service).Select(h => h.Runs!.RunsInitialised).ToList();
            Assert.True(expected.SequenceEqual(served), string.Create(CultureInfo.InvariantCulture,
                $"{service}: the replicas served [{string.Join(", ", served)}] runs; the placement rule gives [{string.Join(", ", expected)}]"));
            Assert.All(served, count => Assert.True(count > 0, $"a replica of {service} served no run: [{string.Join(", ", served)}]"));
        }
    }

    private static int ReplicaOf(string runId) => (int)(StableHash.Of(runId) % Replicas);
}
