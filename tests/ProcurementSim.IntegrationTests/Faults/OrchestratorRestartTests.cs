using System.Globalization;
using Microsoft.Data.Sqlite;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Orchestrator.Store;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Processes;
using Xunit.Abstractions;

namespace ProcurementSim.IntegrationTests.Faults;

/// <summary>
/// Durable runs: the orchestrator, as its own process on a SQLite run store, is killed with SIGKILL while some runs
/// have completed and others are in play, then started again on the same store. It must list every run, serve the
/// completed ones as before, and finish the others by replaying them from tick 0, with the result the embedded engine
/// gives and an event log in which no event is lost or stored twice.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class OrchestratorRestartTests(RabbitMqBroker broker, ITestOutputHelper output)
{
    private const int Runs = 6;
    private const int MidRunTicks = FaultPlay.MidRunTicks;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Killed_mid_run_and_restarted_the_orchestrator_lists_every_run_with_the_embedded_result_and_no_event_lost_or_duplicated()
    {
        await using var actors = await DistributedSystem.StartAsync(broker.AmqpUrl);
        using var folder = new TempDirectory();
        var settings = new Dictionary<string, string>
        {
            ["RabbitMq:Url"] = broker.AmqpUrl,
            // Its own temporary queue: the in-process orchestrator of `actors` (unused here) keeps its own.
            ["Bus:QueuePrefix"] = actors.QueuePrefix + "killed-",
            ["Orchestrator:StorePath"] = folder.File("orchestrator.db"),
            // Two at a time: when the first runs have completed, others are in play and the last still wait.
            ["Orchestrator:MaxConcurrentRuns"] = "2",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (name, key) in DistributedSystem.ActorServices)
        {
            settings[$"Services:{key}:0"] = actors.Replicas(name)[0].GrpcAddress;
        }

        var seeds = Enumerable.Range(1, Runs).Select(i => (ulong)i).ToList();
        List<FaultRun> runs;
        RunSummary[] atKill;
        using (var first = await OrchestratorProcess.StartAsync(folder.Path, settings, StartTimeout))
        {
            runs = await FaultPlay.StartAsync(first.Api, seeds);
            atKill = await FaultPlay.UntilAsync(first.Api, runs, listed =>
                listed.Count(r => r.State == RunState.Completed) >= 2 && listed.Any(r => r.State == RunState.Running && r.TicksDone >= MidRunTicks),
                () => first.Output);
            first.Kill();
        }

        var completedAtKill = atKill.Where(r => r.State == RunState.Completed).Select(r => r.RunId).ToHashSet(StringComparer.Ordinal);
        var inPlayAtKill = atKill.Where(r => r.State == RunState.Running).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Killed with {completedAtKill.Count} runs completed, {inPlayAtKill.Count} running ({string.Join(", ", inPlayAtKill.Select(r => $"{r.TicksDone}/{r.Ticks} ticks"))}), {atKill.Count(r => r.State == RunState.Pending)} pending."));
        Assert.True(inPlayAtKill.Count > 0 && completedAtKill.Count >= 2, "the kill came when it should: some runs completed, some in play");

        // What the killed orchestrator had stored of the runs in play: the replay must match it, not add to it.
        int storedInPlay;
        using (var log = new SqliteRunLog(folder.File("orchestrator.db")))
        {
            storedInPlay = inPlayAtKill.Sum(r => log.Events(r.RunId).Count);
        }

        SqliteConnection.ClearAllPools();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{storedInPlay} events of the runs in play were stored before the kill."));
        Assert.True(storedInPlay > 0, "the runs in play had stored events for the replay to check against");

        using var second = await OrchestratorProcess.StartAsync(folder.Path, settings, StartTimeout);
        var listedAtRestart = (await second.Api.ListRunsAsync()).Runs;
        // Every run it knew is listed at once; the completed ones already served as before the kill.
        Assert.Equal(runs.Select(r => r.Id).Order(StringComparer.Ordinal), listedAtRestart.Select(r => r.RunId).Order(StringComparer.Ordinal));
        Assert.All(listedAtRestart.Where(r => completedAtKill.Contains(r.RunId)), r => Assert.Equal(RunState.Completed, r.State));

        var final = await FaultPlay.UntilAsync(second.Api, runs, FaultPlay.AllEnded, () => second.Output);
        Assert.Equal(Runs, final.Length);
        Assert.All(final, r => Assert.True(r.State == RunState.Completed, $"run {r.RunId} ended {r.State}: {r.Error}\n{second.Output}"));

        var ledger = new FaultLedger();
        ledger.Injected($"SIGKILL of the orchestrator with {completedAtKill.Count} runs completed and {inPlayAtKill.Count} in play");
        foreach (var run in runs)
        {
            await ledger.CheckFilesAsync(second.Api, run, final.Single(r => r.RunId == run.Id));
        }

        second.Kill();
        SqliteConnection.ClearAllPools();
        using (var log = new SqliteRunLog(folder.File("orchestrator.db")))
        {
            foreach (var run in runs)
            {
                ledger.CheckEvents(log, run);
            }
        }

        output.WriteLine(ledger.Summary());
        Assert.True(ledger.EventsChecked > Runs, "the runs logged events to check");
    }
}
