using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Loading;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Orchestrator.Batches;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;
using Xunit.Abstractions;
using CoreDesign = ProcurementSim.Core.Experiments.ExperimentDesign;
using WireDesign = ProcurementSim.Protocol.V1.ExperimentDesign;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// A replica of an actor service goes away in the middle of a batch (its host stopped: its calls refused, its bus
/// gone, its placement claims back in the queue). The runs it hosted fail at a tick; the orchestrator finds the
/// replica gone and plays each again from tick 0, placed by the broker on the replicas that are up. The batch
/// completes with every state's outcome exactly as the Core plays it in process.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class BatchReplicaLossTests(RabbitMqBroker broker, ITestOutputHelper output)
{
    private static readonly string[] Strategies = ["status_quo", "structured_replacement"];

    [Fact]
    public async Task A_replica_lost_mid_batch_has_its_runs_played_again_elsewhere_and_the_batch_gives_the_in_process_outcomes()
    {
        await using var system = await DistributedSystem.StartAsync(broker.AmqpUrl, new DistributedSystemOptions
        {
            Replicas = 2,
            Settings = new Dictionary<string, string?> { ["ProcSim:RunCapacity"] = "2" },
        });
        var yaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff);
        var loaded = ScenarioLoader.LoadText(yaml, ReferenceScenarios.Standoff);
        var scenario = loaded.Scenario!;
        const int samples = 8;
        var request = new RunBatchRequest
        {
            ScenarioYaml = yaml, ScenarioFile = ReferenceScenarios.Standoff, Design = WireDesign.LatinHypercube, Samples = samples, Replications = 1,
            Seed = 17, MaxInFlight = 4, Strategies = { Strategies },
        };
        Assert.True(ExperimentPlan.TryCreate(scenario, loaded.Experiment, new ExperimentRequest(CoreDesign.LatinHypercube, samples, 1, 17, Strategies, IncludeLevers: false, RecordCapability: false),
            out var plan, out var why), why);
        using var channel = OrchestratorApi.Channel(system.Orchestrator.GrpcAddress);
        var victim = system.Replicas("vendor")[1];
        Task? stopping = null;

        var states = await new OrchestratorApi(channel.CreateCallInvoker()).RunBatchAsync(request, TimeSpan.FromMinutes(4), state =>
        {
            // After a state, with runs in play on the victim (with tick waves a run takes a fraction of a second, so a
            // replica may be between runs when a state comes).
            if (stopping is null && victim.Runs?.ActiveRuns > 0) stopping = victim.App.StopAsync();
        });
        Assert.True(stopping is not null, $"{victim} held no run whenever a state came in, so it was never stopped mid-batch");
        await stopping;

        var replays = system.Orchestrator.App.Services.GetRequiredService<BatchRunPlayer>().Replays;
        output.WriteLine($"{states.Count} states, {states[^1].RunsDone} runs; {replays} run(s) played again after {victim} stopped.");
        Assert.True(replays > 0, $"no run was played again after {victim} stopped");
        Assert.Equal(Enumerable.Range(0, samples), states.Select(s => s.State));
        foreach (var state in states)
        {
            var expected = plan!.PlayState(state.State);
            for (var s = 0; s < expected.Runs.Count; s++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Runs[s].Score), BitConverter.DoubleToInt64Bits(state.Runs[s].Score));
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Runs[s].Metrics.TotalCost), BitConverter.DoubleToInt64Bits(state.Runs[s].Metrics.TotalCost));
            }
        }
    }
}
