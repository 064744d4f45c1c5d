using Microsoft.Extensions.Options;
using ProcurementSim.Orchestrator.Runs;
using ProcurementSim.Orchestrator.Store;
using ProcurementSim.Orchestrator.Tests.Support;

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
    public void Ids_are_well_formed_and_unique()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => RunIds.New()).ToList();

        Assert.All(ids, id => Assert.True(RunIds.IsWellFormed(id), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.False(RunIds.IsWellFormed(ids[0].ToUpperInvariant()));
        Assert.False(RunIds.IsWellFormed(ids[0] + "0"));
    }
}
