using Google.Rpc;
using Grpc.Core;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Messages;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>Requests the services refuse, and how: the right status, a sentence, and field details.</summary>
[Collection(ActorServicesCollection.Name)]
public sealed class ErrorTests(ActorServices services)
{
    [Fact]
    public async Task AdvanceTick_of_an_unknown_run_is_NotFound()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() =>
            services.Agency.Lifecycle.AdvanceTickAsync(new AdvanceTickRequest { RunId = "no-such-run", ActorId = ActorIds.Agency, Tick = 0 }));

        Assert.Equal(StatusCode.NotFound, e.StatusCode);
        Assert.Contains("no-such-run", e.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delivery_for_an_unknown_run_is_NotFound()
    {
        var request = new NoticeRequest { Header = new MessageHeader { RunId = "no-such-run", Tick = 0, From = 1, To = 2 }, EffectiveTick = 3 };

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Vendor.Vendor.GiveNoticeAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, e.StatusCode);
    }

    [Fact]
    public async Task InitRun_of_an_invalid_scenario_is_InvalidArgument_with_every_diagnostic()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var broken = file.Yaml.Replace("ticks:", "tikcs:", StringComparison.Ordinal);
        var diagnostics = ScenarioLoader.LoadText(broken, "broken.yaml").Diagnostics;
        Assert.NotEmpty(diagnostics);
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        var request = run.InitRequest([ActorIds.Agency]);
        request.ScenarioYaml = broken;
        request.ScenarioFile = "broken.yaml";

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.InitRunAsync(request));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("broken.yaml", e.Status.Detail, StringComparison.Ordinal);
        var bad = e.GetRpcStatus()!.GetDetail<BadRequest>()!;
        Assert.Equal(diagnostics.Select(d => d.ToString()), bad.FieldViolations.Select(v => v.Description));
        Assert.All(bad.FieldViolations, v => Assert.Equal("scenario_yaml", v.Field));
        Assert.Null(services.Agency.Runs!.Find(run.RunId));
    }

    [Fact]
    public async Task AdvanceTick_with_a_negative_tick_is_InvalidArgument_naming_the_field()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() =>
            services.Agency.Lifecycle.AdvanceTickAsync(new AdvanceTickRequest { RunId = "any", ActorId = ActorIds.Agency, Tick = -1 }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("tick", Violations(e).Single().Field);
    }

    [Fact]
    public async Task AdvanceTick_for_an_actor_the_service_does_not_host_is_InvalidArgument()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        await run.InitAsync();

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            services.Agency.Lifecycle.AdvanceTickAsync(new AdvanceTickRequest { RunId = run.RunId, ActorId = ActorIds.Vendor(0), Tick = 0 }));

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal("actor_id", Violations(e).Single().Field);
    }

    [Fact]
    public async Task A_tasking_with_the_wrong_number_of_shares_is_InvalidArgument()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        await run.InitAsync();
        var tasking = new TaskingRequest { Header = new MessageHeader { RunId = run.RunId, Tick = 0, From = 1, To = ActorIds.Vendor(0) } };
        tasking.Shares.Add(file.Scenario.Categories.Select(_ => 0.5).Append(0.5)); // one share too many

        var e = await Assert.ThrowsAsync<RpcException>(() => services.Vendor.Vendor.SetTaskingAsync(tasking).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal(["shares", "shadow_shares"], Violations(e).Select(v => v.Field));
    }

    [Fact]
    public async Task Skipping_a_tick_is_FailedPrecondition()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        await run.InitAsync();

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            services.Agency.Lifecycle.AdvanceTickAsync(new AdvanceTickRequest { RunId = run.RunId, ActorId = ActorIds.Agency, Tick = 2 }));

        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
    }

    [Fact]
    public async Task A_tick_whose_announced_messages_never_come_is_FailedPrecondition_naming_the_sender()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        await run.InitAsync();
        await services.Agency.Lifecycle.AdvanceTickAsync(new AdvanceTickRequest { RunId = run.RunId, ActorId = ActorIds.Agency, Tick = 0 });
        var tick1 = new AdvanceTickRequest { RunId = run.RunId, ActorId = ActorIds.Agency, Tick = 1 };
        tick1.ExpectedMessages[ActorIds.Vendor(0)] = 1;

        // The services wait ProcSim:InboxTimeoutSeconds (5 s here) before they give up.
        var e = await Assert.ThrowsAsync<RpcException>(() => services.Agency.Lifecycle.AdvanceTickAsync(tick1));

        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        Assert.Contains("from actor 2", e.Status.Detail, StringComparison.Ordinal);
    }

    private static IReadOnlyList<BadRequest.Types.FieldViolation> Violations(RpcException e) =>
        e.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations;
}
