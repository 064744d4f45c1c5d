using Microsoft.Extensions.Options;
using ProcurementSim.Orchestrator.Domain;
using ProcurementSim.Orchestrator.Runs;
using ProcurementSim.Orchestrator.Store;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Runs;

public sealed class RunStoreTests
{
    private static RunEntry NewRun(RunStore store)
    {
        var scenario = ReferenceScenarios.Load(ReferenceScenarios.TeachingMinimal);
        var run = new RunEntry(RunIds.New(), store.NextOrder(), scenario, "", ReferenceScenarios.TeachingMinimal, scenario.Strategies[0], scenario.Seed);
        store.Add(run);
        return run;
    }

    [Fact]
    public void Beyond_the_limit_the_oldest_finished_runs_are_forgotten_and_runs_in_play_are_kept()
    {
        using var log = new SqliteRunLog(":memory:");
        var store = new RunStore(Options.Create(new OrchestratorOptions { MaxRetainedRuns = 3 }), log);
        var playing = NewRun(store);
        playing.TryStart();
        var oldest = NewRun(store);
        oldest.TryFail("gone");
        var newer = NewRun(store);
        newer.TryCancel();

        var newest = NewRun(store);

        Assert.Equal([newest.Id, newer.Id, playing.Id], store.All().Select(r => r.Id));
        Assert.Null(store.Find(oldest.Id));
    }

    [Fact]
    public void The_runs_forgotten_first_are_those_that_finished_longest_ago_not_those_started_first()
    {
        using var log = new SqliteRunLog(":memory:");
        var store = new RunStore(Options.Create(new OrchestratorOptions { MaxRetainedRuns = 3 }), log);
        var slow = NewRun(store);
        slow.TryStart();
        var quick = NewRun(store);
        quick.TryFail("ended first");
        var quicker = NewRun(store);
        quicker.TryCancel();
        slow.TryFail("ended last"); // started first, ended last: its client may not have read it yet

        var newest = NewRun(store);

        // quick ended longest ago, so it goes, though slow was started before it.
        Assert.Equal([newest.Id, quicker.Id, slow.Id], store.All().Select(r => r.Id));
        Assert.Null(store.Find(quick.Id));
    }

    [Fact]
    public void A_completed_run_serves_its_files_from_the_run_log_not_from_memory()
    {
        using var log = new SqliteRunLog(":memory:");
        var store = new RunStore(Options.Create(new OrchestratorOptions()), log);
        var run = NewRun(store);
        run.TryStart();
        byte[] json = [1, 2, 3], csv = [4, 5];

        Assert.True(run.TryComplete(new RunFiles(7.5, json, csv, new Lazy<byte[]>(() => [9])), 11, 0.5, 100, []));

        var files = run.Files;
        Assert.NotNull(files);
        Assert.Equal(7.5, files.Score);
        Assert.Equal(json, files.ResultJson);
        Assert.Equal(csv, files.TimelineCsv);
        // Equal bytes, other arrays: read back from the log, the run held none of them.
        Assert.NotSame(json, files.ResultJson);
        Assert.NotSame(csv, files.TimelineCsv);
        Assert.Equal(7.5, run.Score);
        Assert.Equal(7.5, run.Summary().Score);
    }

    [Fact]
    public void A_finished_run_forgotten_from_memory_is_recalled_from_the_log_with_its_files_and_not_kept_again()
    {
        using var log = new SqliteRunLog(":memory:");
        var store = new RunStore(Options.Create(new OrchestratorOptions { MaxRetainedRuns = 2 }), log);
        var done = NewRun(store);
        done.TryStart();
        Assert.True(done.TryComplete(new RunFiles(42.5, [1, 2, 3], [4, 5], new Lazy<byte[]>(() => [9])), 11, 0.5, 100, []));
        var failed = NewRun(store);
        failed.TryFail("it broke");
        NewRun(store);
        NewRun(store); // two newer runs: both finished ones are forgotten from memory
        Assert.Null(store.Find(done.Id));
        Assert.Null(store.Find(failed.Id));

        var recalled = store.Recall(done.Id);

        Assert.NotNull(recalled);
        Assert.Equal(RunState.Completed, recalled.Summary().State);
        Assert.Equal(42.5, recalled.Files!.Score);
        Assert.Equal([1, 2, 3], recalled.Files.ResultJson);
        Assert.Equal([4, 5], recalled.Files.TimelineCsv);
        Assert.Equal("it broke", store.Recall(failed.Id)!.Summary().Error);
        Assert.Equal(2, store.Count); // read back for the caller, not kept: memory stays bounded
        Assert.Null(store.Recall(RunIds.New()));
        Assert.Null(store.Recall("not-a-run-id"));
    }

    [Fact]
    public void Ids_are_well_formed_and_unique()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => RunIds.New()).ToList();

        Assert.All(ids, id => Assert.True(RunIds.IsWellFormed(id), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.False(RunIds.IsWellFormed(ids[0].ToUpperInvariant()));
        Assert.False(RunIds.IsWellFormed(ids[0] + "0"));
    }
}
