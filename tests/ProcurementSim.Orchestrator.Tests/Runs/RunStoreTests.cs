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
    public void Ids_are_well_formed_and_unique()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => RunIds.New()).ToList();

        Assert.All(ids, id => Assert.True(RunIds.IsWellFormed(id), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.False(RunIds.IsWellFormed(ids[0].ToUpperInvariant()));
        Assert.False(RunIds.IsWellFormed(ids[0] + "0"));
    }
}
