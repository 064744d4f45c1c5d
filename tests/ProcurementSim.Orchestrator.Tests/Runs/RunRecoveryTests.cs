using Microsoft.Data.Sqlite;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Runs;
using ProcurementSim.Orchestrator.Store;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;
using RunState = ProcurementSim.Protocol.V1.RunState;
using StoredState = ProcurementSim.Orchestrator.Domain.RunState;

namespace ProcurementSim.Orchestrator.Tests.Runs;

/// <summary>
/// An orchestrator started on a run store that a previous one left: finished runs are served as stored, runs in
/// play are replayed from tick 0 (to the embedded result, or failed when the replay contradicts the stored log), and
/// a run whose scenario no longer loads is failed with the reason. The four services run in process.
/// </summary>
public sealed class RunRecoveryTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("procsim-recovery-").FullName;

    private string DbPath => Path.Combine(_folder, "orchestrator.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_restarted_orchestrator_serves_stored_results_resumes_runs_in_play_and_fails_those_it_cannot_replay()
    {
        var text = ReferenceScenarios.Text(ReferenceScenarios.TeachingMinimal);
        var scenario = ReferenceScenarios.Load(ReferenceScenarios.TeachingMinimal);
        var strategy = scenario.Strategies[0];
        var embedded = Simulator.Run(scenario, strategy, scenario.Seed, RunOptions.Default);
        string completed = RunIds.New(), resumed = RunIds.New(), forged = RunIds.New(), broken = RunIds.New();
        byte[] storedJson = [1, 2, 3], storedCsv = [4, 5];
        using (var log = new SqliteRunLog(DbPath))
        {
            StoredRun Stored(string id, long order, string yaml) =>
                new(id, order, yaml, ReferenceScenarios.TeachingMinimal, strategy.Name, scenario.Seed, 0, [], StoredState.Pending, "");
            log.AddRun(Stored(completed, 1, text));
            log.SetState(completed, StoredState.Completed, "", new RunFiles(42.5, storedJson, storedCsv, new Lazy<byte[]>(() => [])));
            // In play when the previous orchestrator died: tick 0 stored as the real run logs it.
            log.AddRun(Stored(resumed, 2, text));
            log.SetState(resumed, StoredState.Running, "", null);
            log.AppendTick(resumed, 0, [.. embedded.Events.Where(e => e.Tick == 0).Select((e, i) => new StoredEvent(0, 1, i, e))]);
            // In play, but its stored tick 0 holds an event the model never logs: the replay must disagree.
            log.AddRun(Stored(forged, 3, text));
            log.SetState(forged, StoredState.Running, "", null);
            log.AppendTick(forged, 0, [new StoredEvent(0, 0, 0, new SimEvent(0, "forged_event", "orchestrator", "", "Nobody logged this.", false))]);
            log.AddRun(Stored(broken, 4, "name: [unclosed\n"));
        }

        var system = new InProcessSystem { OrchestratorSettings = new Dictionary<string, string?> { ["Orchestrator:StorePath"] = DbPath } };
        await system.InitializeAsync();
        try
        {
            using var api = new OrchestratorApi(system.OrchestratorAddress);
            Assert.Equal([broken, forged, resumed, completed], (await api.ListRunsAsync()).Runs.Select(r => r.RunId));

            var old = await api.GetResultAsync(completed, includeReport: false);
            Assert.Equal(42.5, old.Score);
            Assert.Equal(storedJson, old.ResultJson.ToByteArray());
            Assert.Equal(storedCsv, old.TimelineCsv.ToByteArray());

            var resumedEnd = (await api.WatchRunAsync(resumed, Timeout))[^1];
            Assert.True(resumedEnd.State == RunState.Completed, resumedEnd.Error);
            Assert.Equal(ResultJsonWriter.ToBytes(embedded), (await api.GetResultAsync(resumed, includeReport: false)).ResultJson.ToByteArray());

            var forgedEnd = (await api.WatchRunAsync(forged, Timeout))[^1];
            Assert.Equal(RunState.Failed, forgedEnd.State);
            Assert.StartsWith(
                "Resumed after an orchestrator restart: Tick 0 replayed differently from the stored event log (1 events stored, ",
                forgedEnd.Error, StringComparison.Ordinal);
            Assert.Contains("event 1 was 'forged_event' by actor 0 (#0: Nobody logged this.)", forgedEnd.Error, StringComparison.Ordinal);

            var brokenSummary = (await api.ListRunsAsync()).Runs.Single(r => r.RunId == broken);
            Assert.Equal(RunState.Failed, brokenSummary.State);
            Assert.StartsWith(
                $"The run could not be resumed after the orchestrator restarted: its scenario no longer loads ({ReferenceScenarios.TeachingMinimal}:",
                brokenSummary.Error, StringComparison.Ordinal);
            Assert.Contains("YAML syntax error", brokenSummary.Error, StringComparison.Ordinal); // the '[' is never closed
        }
        finally
        {
            await system.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        using var reopened = new SqliteRunLog(DbPath);
        var states = reopened.Load().ToDictionary(r => r.Id, r => r.State);
        Assert.Equal([StoredState.Completed, StoredState.Completed, StoredState.Failed, StoredState.Failed], new[] { completed, resumed, forged, broken }.Select(id => states[id]));
        // The resumed run's log: tick 0 kept once, the other ticks added, exactly the embedded run's events.
        Assert.Equal(embedded.Events, reopened.Events(resumed).Select(e => e.Event));
    }
}
