using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Orchestrator.Store;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Broker;
using Xunit.Abstractions;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// RabbitMQ itself is killed (SIGKILL: a clean shutdown takes seconds, in which these short runs would finish) while
/// runs are in play, and started again: every connection drops, the queues of the
/// system (temporary) vanish with whatever events they held, and publishing fails until the node is back. The
/// actors' publishing waits for the broker or fails (the tick is retried, its events published again and stored once);
/// a tick whose events were lost fails, the orchestrator finds that the bus faulted during the run, waits for the
/// broker and replays the run from tick 0. Either way every run completes with the embedded result and its event log holds every event once. The test
/// runs its own node (Debian's rabbitmq-server), so that stopping it troubles no other test.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class BrokerRestartTests(ITestOutputHelper output)
{
    private const int Runs = 3;

    [Fact]
    public async Task Stopping_and_starting_RabbitMQ_mid_run_gives_every_run_the_embedded_result_with_no_event_lost_or_duplicated()
    {
        Assert.True(LocalRabbitMqNode.IsInstalled,
            "This test stops and starts a RabbitMQ node of its own: install Debian's rabbitmq-server (tests/run.sh does, or apt-get install -y rabbitmq-server).");
        await using var node = await LocalRabbitMqNode.StartAsync();
        using var system = await ProcessSystem.StartAsync(node.AmqpUrl, new Dictionary<string, string>
        {
            ["Orchestrator:MaxConcurrentRuns"] = Runs.ToString(CultureInfo.InvariantCulture),
            // Events published while the broker was away are gone with its queues: find that out sooner than 30 s.
            ["Orchestrator:EventBarrierTimeoutSeconds"] = "10",
        });
        var ledger = new FaultLedger();
        var runs = await FaultPlay.StartAsync(system.Api, Enumerable.Range(1, Runs).Select(i => (ulong)(200 + i)));
        var atStop = await FaultPlay.UntilAsync(system.Api, runs, FaultPlay.OneMidRun, () => system.Output);

        var outage = Stopwatch.StartNew();
        await node.KillAsync();
        // Without the bus no tick is recorded, so the runs in play must still be in play a second into the outage (a run
        // that went on without the bus would end in far less: its remaining ticks take a fraction of a second). Asked
        // during the outage, not after it: once the broker is back, the runs may end before the question is asked.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var whenDown = (await system.Api.ListRunsAsync()).Runs.Where(r => runs.Any(x => x.Id == r.RunId)).ToList();
        await node.StartAgainAsync();
        outage.Stop();
        var inPlay = atStop.Where(r => r.State == RunState.Running).ToList();
        ledger.Injected(string.Create(CultureInfo.InvariantCulture,
            $"RabbitMQ killed (SIGKILL) and started again ({outage.Elapsed.TotalSeconds:0.0} s without a broker) with {inPlay.Count} run(s) in play at ticks {string.Join("/", inPlay.Select(r => r.TicksDone))}"));

        var final = await FaultPlay.UntilAsync(system.Api, runs, FaultPlay.AllEnded, () => system.Output);
        var replayed = final.Where(r => r.Recoveries > 0).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{inPlay.Count} run(s) in play when the broker stopped; a second into the outage: {string.Join(", ", whenDown.Select(r => $"{r.State} at {r.TicksDone}"))}; replayed from tick 0: {replayed.Count} (the others waited for the bus and went on)."));
        foreach (var run in runs)
        {
            await ledger.CheckFilesAsync(system.Api, run, final.Single(f => f.RunId == run.Id));
        }

        // The outage came in the middle of the runs: a tick that publishes events is not recorded without the bus, so runs
        // were still in play. Not necessarily all of them: with tick waves a run plays its ticks in a few milliseconds,
        // so one may finish its last ticks (few of which publish anything) while the killed node is still going down.
        Assert.True(inPlay.Count > 0 && inPlay.Any(r => whenDown.Single(d => d.RunId == r.RunId).State == RunState.Running),
            $"none of the runs in play when the broker stopped was still in play during the outage: {string.Join(", ", whenDown.Select(r => $"{r.State} at {r.TicksDone}"))}");
        system.Orchestrator.Kill();
        using (var log = new SqliteRunLog(system.StorePath))
        {
            foreach (var run in runs)
            {
                ledger.CheckEvents(log, run);
            }
        }

        SqliteConnection.ClearAllPools();
        output.WriteLine(ledger.Summary());
        Assert.Equal(Runs, ledger.RunsChecked);
    }
}
