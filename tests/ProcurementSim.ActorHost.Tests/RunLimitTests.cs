using Grpc.Core;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Core.Messages;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>
/// An actor service takes unauthenticated InitRuns, so it bounds what they can hold: at most ProcSim:MaxRuns runs at
/// once (RESOURCE_EXHAUSTED beyond, with a sentence), and a run nobody names for ProcSim:RunIdleTimeoutSeconds is
/// forgotten — a caller that went away without EndRun does not keep its memory for ever.
/// </summary>
public sealed class RunLimitTests
{
    [Fact]
    public async Task InitRun_beyond_MaxRuns_is_ResourceExhausted_until_a_run_ends()
    {
        await using var agency = await ActorServices.StartServiceAsync("agency", new EventSink(),
            new Dictionary<string, string?> { ["ProcSim:RunCapacity"] = "1", ["ProcSim:MaxRuns"] = "2" });
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var runs = Enumerable.Range(0, 3).Select(_ => Run(file)).ToArray();
        await agency.Lifecycle.InitRunAsync(runs[0].InitRequest([ActorIds.Agency]));
        await agency.Lifecycle.InitRunAsync(runs[1].InitRequest([ActorIds.Agency]));

        var full = await Assert.ThrowsAsync<RpcException>(() => agency.Lifecycle.InitRunAsync(runs[2].InitRequest([ActorIds.Agency])));
        // A repeated InitRun of a run it holds is still answered: the limit is on new runs.
        await agency.Lifecycle.InitRunAsync(runs[1].InitRequest([ActorIds.Agency]));
        await agency.Lifecycle.EndRunAsync(new EndRunRequest { RunId = runs[0].RunId });
        await agency.Lifecycle.InitRunAsync(runs[2].InitRequest([ActorIds.Agency]));

        Assert.Equal(StatusCode.ResourceExhausted, full.StatusCode);
        Assert.Contains("holds 2 runs, its limit (ProcSim:MaxRuns)", full.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(2, agency.Runs!.ActiveRuns);
        Assert.NotNull(agency.Runs.Find(runs[2].RunId));
    }

    [Fact]
    public async Task A_run_nobody_names_is_forgotten_after_the_idle_time_while_one_in_use_is_kept()
    {
        await using var agency = await ActorServices.StartServiceAsync("agency", new EventSink(),
            new Dictionary<string, string?> { ["ProcSim:RunIdleTimeoutSeconds"] = "3" }); // 3 s: far above the 100 ms between asks, even on a busy machine
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var abandoned = Run(file);
        var used = Run(file);
        await agency.Lifecycle.InitRunAsync(abandoned.InitRequest([ActorIds.Agency]));
        await agency.Lifecycle.InitRunAsync(used.InitRequest([ActorIds.Agency]));

        // The used run is asked about every 100 ms (as the orchestrator's ticks and probes do); the other is not.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (agency.Runs!.ActiveRuns == 2 && DateTime.UtcNow < deadline)
        {
            var held = await agency.Lifecycle.DescribeRunAsync(new DescribeRunRequest { RunId = used.RunId });
            Assert.True(held.Held);
            await Task.Delay(100);
        }

        Assert.Equal(1, agency.Runs.ActiveRuns);
        Assert.NotNull(agency.Runs.Find(used.RunId));
        Assert.Null(agency.Runs.Find(abandoned.RunId));
    }

    // A run of the agency alone: the peers' addresses are given (no other service is up; no tick is played).
    private static DistributedRun Run(ScenarioFile file) =>
        new(null!, file, file.Strategy("status_quo"), 1) { PeerAddress = _ => "http://127.0.0.1:9" };
}
