using System.Globalization;
using Grpc.AspNetCore.Server;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.Core.Messages;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using Xunit.Abstractions;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// An actor that stops answering (its service and the bus stay up) is not a fault to replay: the run fails when its
/// tick's deadline passes, with a sentence naming the actor and the tick, and is not replayed; the runs played beside
/// it on the same services carry on to their embedded results.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class StuckActorTests(RabbitMqBroker broker, ITestOutputHelper output)
{
    private const int StuckTick = 5;
    private const int DeadlineSeconds = 4;
    private const int OtherRuns = 3;

    [Fact]
    public async Task An_actor_that_stops_answering_fails_its_run_within_the_deadline_naming_the_actor_and_the_tick_while_other_runs_complete()
    {
        var incumbent = ActorIds.Vendor(0);
        var stuck = new StuckActor(incumbent, StuckTick);
        await using var system = await DistributedSystem.StartAsync(broker.AmqpUrl, new DistributedSystemOptions
        {
            ConfigureActorService = (builder, name, _) =>
            {
                if (name == "vendor")
                {
                    builder.Services.Configure<GrpcServiceOptions>(grpc => grpc.Interceptors.Add<StuckActor>());
                    builder.Services.AddSingleton(stuck);
                }
            },
            Settings = new Dictionary<string, string?> { ["Orchestrator:TickCallTimeoutSeconds"] = DeadlineSeconds.ToString(CultureInfo.InvariantCulture) },
        });
        using var channel = OrchestratorApi.Channel(system.Orchestrator.GrpcAddress);
        var api = new OrchestratorApi(channel.CreateCallInvoker());

        var victim = (await FaultPlay.StartAsync(api, [301]))[0];
        var stuckRun = await stuck.Stuck.WaitAsync(TimeSpan.FromMinutes(1));
        var since = DateTime.UtcNow;
        Assert.Equal(victim.Id, stuckRun);
        var others = await FaultPlay.StartAsync(api, Enumerable.Range(0, OtherRuns).Select(i => (ulong)(302 + i)));

        var failed = (await FaultPlay.UntilAsync(api, [victim], FaultPlay.AllEnded, () => string.Empty))[0];
        var took = DateTime.UtcNow - since;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The stuck run failed {took.TotalSeconds:0.0} s after its actor stopped answering (deadline {DeadlineSeconds} s): {failed.Error}"));
        Assert.Equal(RunState.Failed, failed.State);
        Assert.Matches($"^Tick {StuckTick}: vendor '[a-z_]+' \\(actor {incumbent}\\) at http://127\\.0\\.0\\.1:[0-9]+ did not answer within {DeadlineSeconds} s \\(Orchestrator:TickCallTimeoutSeconds\\): DeadlineExceeded", failed.Error);
        // Within its deadline (plus the probe of the services, a few seconds at most), not after a replay.
        Assert.True(took < TimeSpan.FromSeconds(DeadlineSeconds + 10), $"the run failed {took.TotalSeconds:0.0} s after the actor stopped answering");
        Assert.NotNull(stuck.Released);

        var ledger = new FaultLedger();
        ledger.Injected($"actor {incumbent} stops answering at tick {StuckTick}");
        var final = await FaultPlay.UntilAsync(api, [victim, .. others], FaultPlay.AllEnded, () => string.Empty);
        Assert.Equal(0, final.Single(r => r.RunId == victim.Id).Recoveries);
        foreach (var run in others)
        {
            await ledger.CheckFilesAsync(api, run, final.Single(r => r.RunId == run.Id));
        }

        output.WriteLine(ledger.Summary());
        Assert.Equal(OtherRuns, ledger.RunsChecked);
    }
}
