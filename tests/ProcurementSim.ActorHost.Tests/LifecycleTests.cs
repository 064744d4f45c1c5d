using Grpc.Core;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Core.Messages;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>InitRun and EndRun are idempotent; a run id cannot be reused for other inputs; DescribeRun tells whether the instance holds a run.</summary>
[Collection(ActorServicesCollection.Name)]
public sealed class LifecycleTests(ActorServices services)
{
    [Fact]
    public async Task InitRun_repeated_creates_the_run_once()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        var before = services.Agency.Runs!.RunsInitialised;

        await services.Agency.Lifecycle.InitRunAsync(run.InitRequest([ActorIds.Agency]));
        await services.Agency.Lifecycle.InitRunAsync(run.InitRequest([ActorIds.Agency]));

        Assert.Equal(before + 1, services.Agency.Runs!.RunsInitialised);
        Assert.Equal([ActorIds.Agency], services.Agency.Runs!.Find(run.RunId)!.ActorIds);
    }

    [Fact]
    public async Task InitRun_of_a_known_run_id_with_other_inputs_is_FailedPrecondition()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        await services.Agency.Lifecycle.InitRunAsync(run.InitRequest([ActorIds.Agency]));
        var other = run.InitRequest([ActorIds.Agency]);
        other.Seed = 2;

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.InitRunAsync(other));

        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
    }

    [Fact]
    public async Task EndRun_releases_the_run_and_may_be_repeated()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        await services.Agency.Lifecycle.InitRunAsync(run.InitRequest([ActorIds.Agency]));

        await services.Agency.Lifecycle.EndRunAsync(new EndRunRequest { RunId = run.RunId });
        await services.Agency.Lifecycle.EndRunAsync(new EndRunRequest { RunId = run.RunId });

        Assert.Null(services.Agency.Runs!.Find(run.RunId));
    }

    [Fact]
    public async Task DescribeRun_says_whether_the_instance_holds_the_run_with_its_actors_and_names_the_instance()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        var before = await services.Agency.Lifecycle.DescribeRunAsync(new DescribeRunRequest { RunId = run.RunId });
        await services.Agency.Lifecycle.InitRunAsync(run.InitRequest([ActorIds.Agency]));
        var held = await services.Agency.Lifecycle.DescribeRunAsync(new DescribeRunRequest { RunId = run.RunId });
        await services.Agency.Lifecycle.EndRunAsync(new EndRunRequest { RunId = run.RunId });
        var released = await services.Agency.Lifecycle.DescribeRunAsync(new DescribeRunRequest { RunId = run.RunId });

        Assert.False(before.Held);
        Assert.True(held.Held);
        Assert.Equal([ActorIds.Agency], held.ActorIds);
        Assert.False(released.Held);
        Assert.Empty(released.ActorIds);
        // One id per process start, the same in every answer.
        Assert.Equal(services.Agency.Runs!.InstanceId, held.InstanceId);
        Assert.Equal(held.InstanceId, released.InstanceId);
        Assert.Equal(32, held.InstanceId.Length);
    }

    [Fact]
    public async Task DescribeRun_without_a_run_id_is_InvalidArgument()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.DescribeRunAsync(new DescribeRunRequest()));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
    }
}
