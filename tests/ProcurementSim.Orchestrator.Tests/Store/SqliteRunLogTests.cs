using Microsoft.Data.Sqlite;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Store;

namespace ProcurementSim.Orchestrator.Tests.Store;

public sealed class SqliteRunLogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "procsim-store-" + Guid.NewGuid().ToString("N"));

    private string DbPath => Path.Combine(_folder, "nested", "orchestrator.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static StoredRun Run(string id, long order) =>
        new(id, order, "name: x\n", "x.yaml", "hold", 18446744073709551615UL, 3, [new InputValue("vendors.incumbent.trust", 0.1 + 0.2)], RunState.Pending, "");

    private static IReadOnlyList<StoredEvent> Tick(int tick, params (int Actor, string Kind)[] events) =>
        StoredEvent.OfTick(tick, [.. Enumerable.Range(0, 4).Select(a => (IReadOnlyList<SimEvent>)[.. events.Where(e => e.Actor == a)
            .Select((e, i) => new SimEvent(tick, e.Kind, $"actor{a}", "subject é", $"detail {i} of \"{e.Kind}\"", i == 0))])]);

    [Fact]
    public void A_run_its_events_and_its_files_read_back_the_same_after_reopening_the_file()
    {
        var files = new RunFiles(61.25, [1, 2, 3, 0, 255], [10, 13, 10], new Lazy<byte[]>(() => []));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using (var log = new SqliteRunLog(DbPath))
        {
            log.AddRun(Run("run-a", 1));
            log.SetState("run-a", RunState.Running, "", null);
            Assert.Null(log.AppendTick("run-a", 0, Tick(0, (1, "contract_awarded"), (0, "inject_fired"), (1, "second"))));
            Assert.Null(log.AppendTick("run-a", 1, Tick(1, (3, "vendor_failed"))));
            log.SetState("run-a", RunState.Completed, "", files);
        }

        using var reopened = new SqliteRunLog(DbPath);
        var run = Assert.Single(reopened.Load());
        // Every field as written: the largest ulong seed survives the signed column; 0.1 + 0.2 keeps its last bit.
        Assert.Equal(("run-a", 1L, "name: x\n", "x.yaml", "hold", ulong.MaxValue, 3), (run.Id, run.Order, run.ScenarioYaml, run.ScenarioFile, run.Strategy, run.Seed, run.RunIndex));
        Assert.Equal(0.1 + 0.2, Assert.Single(run.Overrides).Value);
        Assert.Equal(RunState.Completed, run.State);
        Assert.NotNull(run.Result);
        Assert.Equal(61.25, run.Result.Score);
        Assert.Equal(files.ResultJson, run.Result.ResultJson);
        Assert.Equal(files.TimelineCsv, run.Result.TimelineCsv);
        // When it was stored and when it ended (its last move), in UTC, for ListRuns after a restart.
        Assert.InRange(run.CreatedAt, before, DateTimeOffset.UtcNow);
        Assert.InRange(run.UpdatedAt, run.CreatedAt, DateTimeOffset.UtcNow);
        Assert.Equal(TimeSpan.Zero, run.CreatedAt.Offset);
        // Log order is tick, then actor id, then each actor's own order: (0,0) (0,1 #0) (0,1 #1) then (1,3).
        Assert.Equal(
            [(0, 0, 0, "inject_fired"), (0, 1, 0, "contract_awarded"), (0, 1, 1, "second"), (1, 3, 0, "vendor_failed")],
            reopened.Events("run-a").Select(e => (e.Tick, e.ActorId, e.Sequence, e.Event.Kind)));
        Assert.Equal(Tick(0, (1, "contract_awarded"), (0, "inject_fired"), (1, "second")), reopened.Events("run-a").Take(3));
    }

    [Fact]
    public void A_tick_replayed_with_the_same_events_is_not_stored_twice()
    {
        using var log = new SqliteRunLog(":memory:");
        log.AddRun(Run("run-a", 1));
        var tick = Tick(5, (1, "a"), (2, "b"), (2, "c"));

        Assert.Null(log.AppendTick("run-a", 5, tick));
        Assert.Null(log.AppendTick("run-a", 5, tick));
        Assert.Null(log.AppendTick("run-a", 5, Tick(5, (1, "a"), (2, "b"), (2, "c"))));

        Assert.Equal(3, log.Events("run-a").Count);
    }

    [Fact]
    public void A_tick_replayed_differently_is_reported_in_a_sentence_and_the_stored_events_stay()
    {
        using var log = new SqliteRunLog(":memory:");
        log.AddRun(Run("run-a", 1));
        log.AppendTick("run-a", 7, Tick(7, (1, "a"), (2, "b")));

        var changed = log.AppendTick("run-a", 7, Tick(7, (1, "a"), (2, "z")));
        var shorter = log.AppendTick("run-a", 7, Tick(7, (1, "a")));

        Assert.Equal(
            "Tick 7 replayed differently from the stored event log (2 events stored, 2 replayed): event 2 was 'b' by actor 2 (#0: detail 0 of \"b\"), "
            + "the replay gave 'z' by actor 2 (#0: detail 0 of \"z\").", changed);
        Assert.Equal(
            "Tick 7 replayed differently from the stored event log (2 events stored, 1 replayed): event 2 was 'b' by actor 2 (#0: detail 0 of \"b\"), the replay gave nothing.",
            shorter);
        Assert.Equal(["a", "b"], log.Events("run-a").Select(e => e.Event.Kind));
    }

    [Fact]
    public void An_empty_file_gets_the_schema_and_its_version()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DbPath)!);
        File.WriteAllBytes(DbPath, []);

        using (var log = new SqliteRunLog(DbPath))
        {
            Assert.Empty(log.Load());
        }

        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        Assert.Equal(["events", "results", "runs", "schema_version"], names);
        using var version = connection.CreateCommand();
        version.CommandText = "SELECT version FROM schema_version";
        Assert.Equal(1L, version.ExecuteScalar());
        using var journal = connection.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", journal.ExecuteScalar());
    }

    [Fact]
    public void A_store_of_another_schema_version_is_refused_with_a_sentence()
    {
        using (var log = new SqliteRunLog(DbPath))
        {
            log.AddRun(Run("run-a", 1));
        }

        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var bump = connection.CreateCommand();
            bump.CommandText = "UPDATE schema_version SET version = 2";
            bump.ExecuteNonQuery();
        }

        var e = Assert.Throws<InvalidOperationException>(() => new SqliteRunLog(DbPath));
        Assert.Equal(
            $"The run store {DbPath} has schema version 2; this orchestrator reads version 1. Give Orchestrator:StorePath a new file, or use the matching version.",
            e.Message);
    }

    [Fact]
    public void State_only_moves_forward_and_a_terminal_state_is_kept()
    {
        using var log = new SqliteRunLog(":memory:");
        log.AddRun(Run("run-a", 1));
        log.AddRun(Run("run-b", 2));
        log.SetState("run-a", RunState.Running, "", null);
        log.SetState("run-a", RunState.Cancelled, "", null);
        log.SetState("run-a", RunState.Running, "", null); // late: a cancelled run does not run again
        log.SetState("run-a", RunState.Failed, "too late", null);
        log.SetState("run-b", RunState.Failed, "Tick 3: the vendor failed.", null);
        log.SetState("run-b", RunState.Completed, "", new RunFiles(1, [1], [1], new Lazy<byte[]>(() => [])));

        var runs = log.Load();

        Assert.Equal([("run-a", RunState.Cancelled, ""), ("run-b", RunState.Failed, "Tick 3: the vendor failed.")], runs.Select(r => (r.Id, r.State, r.Error)));
        Assert.All(runs, r => Assert.Null(r.Result));
    }

    [Fact]
    public void Rows_written_in_the_schema_1_forms_read_back_as_the_runs_and_events_they_were()
    {
        using (var log = new SqliteRunLog(DbPath))
        {
            log.AddRun(Run("run-0", 1));
        }

        // The columns' text exactly as schema version 1 writes them (a store an earlier orchestrator left).
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var write = connection.CreateCommand();
            write.CommandText = """
                INSERT INTO runs VALUES ('run-a', 2, 'name: x', 'x.yaml', 'hold', 7, 1, '[{"name":"vendors.incumbent.trust","value":0.30000000000000004}]', 'completed', '', 0, 0);
                INSERT INTO runs VALUES ('run-b', 3, 'name: x', 'x.yaml', 'hold', 7, 0, '[]', 'cancelled', '', 0, 0);
                INSERT INTO runs VALUES ('run-c', 4, 'name: x', 'x.yaml', 'hold', 7, 0, '[]', 'running', '', 0, 0);
                INSERT INTO results VALUES ('run-a', 12.5, x'7B7D', x'0A');
                INSERT INTO events VALUES ('run-a', 0, 1, 0, 'contract_awarded', '{"actor":"agency","subject":"v","detail":"Awarded.","key":true}');
                """;
            write.ExecuteNonQuery();
        }

        using var reopened = new SqliteRunLog(DbPath);
        var runs = reopened.Load();

        Assert.Equal(
            [("run-0", RunState.Pending), ("run-a", RunState.Completed), ("run-b", RunState.Cancelled), ("run-c", RunState.Running)],
            runs.Select(r => (r.Id, r.State)));
        Assert.Equal(new InputValue("vendors.incumbent.trust", 0.1 + 0.2), Assert.Single(runs[1].Overrides));
        Assert.Equal((byte[])[0x7B, 0x7D], runs[1].Result!.ResultJson);
        Assert.Equal(new SimEvent(0, "contract_awarded", "agency", "v", "Awarded.", true), Assert.Single(reopened.Events("run-a")).Event);
    }
}
