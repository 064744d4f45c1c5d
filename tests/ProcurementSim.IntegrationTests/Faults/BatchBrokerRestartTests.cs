using System.Diagnostics;
using System.Globalization;
using Google.Protobuf;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Loading;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Broker;
using ProcurementSim.Testing.Scenarios;
using Xunit.Abstractions;
using CoreDesign = ProcurementSim.Core.Experiments.ExperimentDesign;
using WireDesign = ProcurementSim.Protocol.V1.ExperimentDesign;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// RabbitMQ is killed (SIGKILL) and started again at several moments of a batch (RunBatch, placed by the broker's
/// claims): while the first runs are being placed, in the middle of the play (runs in play and runs being placed), and
/// near the end. Every connection drops, the claims in the queues and those held by the replicas come back or vanish,
/// the answers in flight are lost. An outage costs time, never the batch: every time, each state comes back byte for
/// byte as the Core plays it in process (the message <see cref="BatchMapping.ToProto(StateOutcome, ExperimentPlan, long, bool, bool)"/>
/// makes of the embedded outcome), in plan order, none missing.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class BatchBrokerRestartTests(ITestOutputHelper output)
{
    private const int Samples = 6;
    private static readonly string[] Strategies = ["status_quo", "structured_replacement"];

    [Fact]
    public async Task Killing_RabbitMQ_during_placement_mid_batch_and_near_the_end_costs_time_never_the_batch()
    {
        Assert.True(LocalRabbitMqNode.IsInstalled,
            "This test stops and starts a RabbitMQ node of its own: install Debian's rabbitmq-server (tests/run.sh does, or apt-get install -y rabbitmq-server).");
        var yaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff);
        var loaded = ScenarioLoader.LoadText(yaml, ReferenceScenarios.Standoff);
        Assert.True(ExperimentPlan.TryCreate(loaded.Scenario!, loaded.Experiment,
            new ExperimentRequest(CoreDesign.LatinHypercube, Samples, 1, 23, Strategies, IncludeLevers: false, RecordCapability: false), out var plan, out var why), why);
        // What each state's message must be, made from the run played in process (progress and input names aside).
        var expected = Enumerable.Range(0, Samples).Select(s => BatchMapping.ToProto(plan!.PlayState(s), plan, runsDone: 0).ToByteArray()).ToList();

        await using var node = await LocalRabbitMqNode.StartAsync();
        using var system = await ProcessSystem.StartAsync(node.AmqpUrl, new Dictionary<string, string>
        {
            // Events published while the broker was away are gone with its queues: find that out sooner than 30 s.
            ["Orchestrator:EventBarrierTimeoutSeconds"] = "10",
        });
        var request = new RunBatchRequest
        {
            ScenarioYaml = yaml, ScenarioFile = ReferenceScenarios.Standoff, Design = WireDesign.LatinHypercube, Samples = Samples, Replications = 1,
            Seed = 23, MaxInFlight = 4, Strategies = { Strategies },
        };

        // When to kill the broker: as the batch starts (its first claims on their way), once the first state is in
        // (runs in play, others being placed), and when one state is left (the last runs in play).
        var moments = new (string Name, Func<int, bool> After)[]
        {
            ("during the first placements", _ => true),
            ("mid-batch", received => received >= 1),
            ("near the end", received => received >= Samples - 1),
        };
        foreach (var (name, after) in moments)
        {
            Task? outage = null;
            var clock = Stopwatch.StartNew();
            var outageSeconds = 0.0;
            var received = 0;
            var receivedAtKill = -1;
            async Task KillAndRestartAsync()
            {
                var down = Stopwatch.StartNew();
                await node.KillAsync();
                receivedAtKill = Volatile.Read(ref received);
                await node.StartAgainAsync();
                outageSeconds = down.Elapsed.TotalSeconds;
            }

            var call = system.Api.RunBatchAsync(request, TimeSpan.FromMinutes(5), _ =>
            {
                Interlocked.Increment(ref received);
                if (outage is null && after(received))
                {
                    outage = Task.Run(KillAndRestartAsync);
                }
            });
            if (after(0))
            {
                outage = Task.Run(KillAndRestartAsync);
            }

            List<BatchStateResult> states;
            try
            {
                states = await call;
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"The batch with the broker killed {name} failed: {e.Message}{Environment.NewLine}{system.Output}");
            }

            Assert.NotNull(outage);
            await outage!;
            // The broker died while the batch was still playing, not after its last state.
            Assert.InRange(receivedAtKill, 0, Samples - 1);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Broker killed {name} ({receivedAtKill} state(s) in): {outageSeconds:0.0} s without a broker; the batch of {states.Count} states took {clock.Elapsed.TotalSeconds:0.0} s."));
            Assert.Equal(Enumerable.Range(0, Samples), states.Select(s => s.State));
            Assert.Equal((long)Samples * Strategies.Length, states[^1].RunsDone);
            foreach (var state in states)
            {
                var got = state.Clone();
                got.RunsDone = 0;
                got.InputNames.Clear();
                Assert.True(expected[state.State].AsSpan().SequenceEqual(got.ToByteArray()),
                    $"State {state.State} of the batch with the broker killed {name} differs from the run played in process.");
            }
        }
    }
}
