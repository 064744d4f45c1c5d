using Microsoft.Data.Sqlite;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Orchestrator.Store;
using ProcurementSim.Protocol.V1;
using Xunit.Abstractions;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// Each actor service, a process of its own, is killed with SIGKILL while runs are in play and started again on the
/// same port: it has lost every run it hosted. The orchestrator sees the run fail at a tick, finds the service gone
/// or without the run, waits for it, and replays the run from tick 0; every run completes with the embedded result,
/// and its event log holds every event once.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ActorServiceKillTests(RabbitMqBroker broker, ITestOutputHelper output)
{
    private const int RunsPerFault = 3;

    [Fact]
    public async Task Killing_each_actor_service_mid_run_and_starting_it_again_gives_every_run_the_embedded_result_with_no_event_lost_or_duplicated()
    {
        using var system = await ProcessSystem.StartAsync(broker.AmqpUrl, new Dictionary<string, string>
        {
            ["Orchestrator:MaxConcurrentRuns"] = RunsPerFault.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var ledger = new FaultLedger();
        var all = new List<(FaultRun Run, RunSummary Summary)>();
        ulong seed = 100;
        foreach (var victim in system.Actors)
        {
            var runs = await FaultPlay.StartAsync(system.Api, Enumerable.Range(0, RunsPerFault).Select(_ => ++seed));
            var atKill = await FaultPlay.UntilAsync(system.Api, runs, FaultPlay.OneMidRun, () => system.Output);
            victim.Kill();
            var inPlay = atKill.Count(r => r.State == RunState.Running);
            ledger.Injected($"SIGKILL of the {victim.Name} service with {inPlay} run(s) in play at ticks {string.Join("/", atKill.Where(r => r.State == RunState.Running).Select(r => r.TicksDone))}");
            await Task.Delay(500);
            await victim.StartAsync();

            var final = await FaultPlay.UntilAsync(system.Api, runs, FaultPlay.AllEnded, () => system.Output);
            Assert.All(final, r => Assert.True(r.State == RunState.Completed, $"after the kill of {victim.Name}: run {r.RunId} ended {r.State}: {r.Error}\n{system.Output}"));
            // The runs in play when the service died were replayed, each at least once.
            var replayed = final.Where(r => r.Recoveries > 0).ToList();
            Assert.True(replayed.Count > 0, $"no run was replayed after the kill of {victim.Name}\n{system.Output}");
            output.WriteLine($"{victim.Name}: {inPlay} run(s) in play at the kill, {replayed.Count} replayed ({string.Join(", ", replayed.Select(r => r.Recoveries))} time(s)).");
            all.AddRange(runs.Select(run => (run, final.Single(f => f.RunId == run.Id))));
        }

        foreach (var (run, summary) in all)
        {
            await ledger.CheckFilesAsync(system.Api, run, summary);
        }

        system.Orchestrator.Kill();
        using (var log = new SqliteRunLog(system.StorePath))
        {
            foreach (var (run, _) in all)
            {
                ledger.CheckEvents(log, run);
            }
        }

        SqliteConnection.ClearAllPools();
        output.WriteLine(ledger.Summary());
        Assert.Equal(3, ledger.Faults.Count);
        Assert.Equal(3 * RunsPerFault, ledger.RunsChecked);
    }
}
