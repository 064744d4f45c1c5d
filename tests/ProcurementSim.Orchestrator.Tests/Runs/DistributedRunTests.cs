using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Orchestrator.Tests.Support;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Reporting;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Runs;

/// <summary>The four services in process, played through the public API, against the embedded engine.</summary>
public sealed class DistributedRunTests(InProcessSystem system) : IClassFixture<InProcessSystem>, IDisposable
{
    private readonly OrchestratorApi _api = new(system.OrchestratorAddress);

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData(ReferenceScenarios.TeachingMinimal, "", null)]
    [InlineData(ReferenceScenarios.Standoff, "structured_replacement", null)]
    [InlineData(ReferenceScenarios.Standoff, "structured_replacement", 42UL)]
    public async Task A_distributed_run_gives_the_embedded_runs_files_byte_for_byte(string file, string strategy, ulong? seed)
    {
        var scenario = ReferenceScenarios.Load(file);
        var request = new StartRunRequest { ScenarioYaml = ReferenceScenarios.Text(file), ScenarioFile = file, Strategy = strategy };
        if (seed is { } s)
        {
            request.Seed = s;
        }

        var started = await _api.StartRunAsync(request);
        var snapshots = await _api.WatchRunAsync(started.RunId);
        var files = await _api.GetResultAsync(started.RunId);

        var spec = strategy.Length == 0 ? scenario.Strategies[0] : scenario.FindStrategy(strategy)!;
        var embedded = Simulator.Run(scenario, spec, seed ?? scenario.Seed, RunOptions.Default);
        Assert.Equal(RunState.Completed, snapshots[^1].State);
        Assert.Equal(ResultJsonWriter.ToBytes(embedded), files.ResultJson.ToByteArray());
        Assert.Equal(TimelineCsvWriter.ToBytes(embedded), files.TimelineCsv.ToByteArray());
        Assert.Equal(HtmlReport.ToBytes(embedded, scenario.CapabilityThreshold), files.ReportHtml.ToByteArray());
        Assert.Equal(embedded.Score, files.Score);
    }

    [Fact]
    public async Task A_watcher_sees_one_snapshot_per_tick_with_the_embedded_timeline_and_the_last_one_completed()
    {
        var scenario = ReferenceScenarios.Load(ReferenceScenarios.Standoff);
        var started = await _api.StartRunAsync(new StartRunRequest
        {
            ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff),
            ScenarioFile = ReferenceScenarios.Standoff,
            Strategy = "structured_replacement",
        });

        var ticks = (await _api.WatchRunAsync(started.RunId)).Where(x => x.Tick >= 0).ToList();

        var embedded = Simulator.Run(scenario, scenario.FindStrategy("structured_replacement")!, scenario.Seed);
        Assert.Equal(Enumerable.Range(0, scenario.Ticks), ticks.Select(x => x.Tick));
        Assert.Equal(embedded.Timeline.Select(t => t.MissionCapability), ticks.Select(x => x.MissionCapability));
        Assert.Equal(embedded.Timeline.Select(t => t.CumulativeCost), ticks.Select(x => x.CumulativeCost));
        Assert.Equal(
            embedded.Events.Where(e => e.Key).Select(e => (e.Tick, e.Detail)),
            ticks.SelectMany(x => x.KeyEvents.Select(d => (x.Tick, d))));
        Assert.All(ticks[..^1], x => Assert.Equal(RunState.Running, x.State));
        Assert.Equal(RunState.Completed, ticks[^1].State);

        // A watcher who comes after the end gets the final snapshot only.
        var late = Assert.Single(await _api.WatchRunAsync(started.RunId));
        Assert.Equal(ticks[^1], late);
    }

    [Fact]
    public async Task Runs_played_at_the_same_time_each_give_their_embedded_result()
    {
        var scenario = ReferenceScenarios.Load(ReferenceScenarios.Standoff);
        var strategies = scenario.Strategies.Select(s => s.Name).ToList();

        var runs = await Task.WhenAll(strategies.Select(name => _api.StartRunAsync(new StartRunRequest
        {
            ScenarioYaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff),
            ScenarioFile = ReferenceScenarios.Standoff,
            Strategy = name,
        })));
        await Task.WhenAll(runs.Select(r => _api.WatchRunAsync(r.RunId)));

        foreach (var run in runs)
        {
            var embedded = Simulator.Run(scenario, scenario.FindStrategy(run.Strategy)!, scenario.Seed);
            Assert.Equal(ResultJsonWriter.ToBytes(embedded), (await _api.GetResultAsync(run.RunId)).ResultJson.ToByteArray());
        }

        var listed = (await _api.ListRunsAsync()).Runs;
        Assert.All(runs, r => Assert.Equal(RunState.Completed, listed.Single(l => l.RunId == r.RunId).State));
    }
}
