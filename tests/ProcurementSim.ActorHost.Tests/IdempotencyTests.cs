using Grpc.Core;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Results;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>Retries are harmless: a tick is played once however often it is asked for, a message applied once however often it is delivered.</summary>
[Collection(ActorServicesCollection.Name)]
public sealed class IdempotencyTests(ActorServices services)
{
    [Fact]
    public async Task AdvanceTick_retried_returns_the_same_response_and_plays_the_tick_once()
    {
        var file = ScenarioFile.Read("usage-policy-standoff.yaml");
        var spec = file.Strategy("structured_replacement");
        var embedded = Simulator.Run(file.Scenario, spec, file.Scenario.Seed);

        // Every AdvanceTick is sent twice at once and once more after: 3 calls per actor and tick.
        var run = new DistributedRun(services, file, spec, file.Scenario.Seed) { Retries = 2 };
        var distributed = await run.PlayAsync();

        foreach (var calls in run.Responses.GroupBy(r => (r.Actor, r.Tick)))
        {
            Assert.Equal(3, calls.Count());
            Assert.All(calls, c => Assert.Equal(calls.First().Response, c.Response));
        }
        // Playing a tick twice would have sent its messages twice and moved the actors' state on: the result shows it.
        Assert.Equal(ResultJsonWriter.ToBytes(embedded), ResultJsonWriter.ToBytes(distributed));
    }

    [Fact]
    public async Task A_retry_of_an_older_tick_replays_its_response_without_playing_again()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("structured_replacement"), file.Scenario.Seed);
        await run.InitAsync();
        await run.PlayTickAsync(0);
        await run.PlayTickAsync(1);

        var lifecycle = run.HostOf(ActorIds.Agency).Lifecycle;
        var again = await lifecycle.AdvanceTickAsync(new AdvanceTickRequest { RunId = run.RunId, ActorId = ActorIds.Agency, Tick = 0 });

        Assert.Equal(run.Responses.Single(r => r.Actor == ActorIds.Agency && r.Tick == 0).Response, again);
        Assert.Equal(2, services.Agency.Runs!.Find(run.RunId)!.Find(ActorIds.Agency)!.Played);
    }

    [Fact]
    public async Task A_delivery_sent_twice_is_acknowledged_as_a_duplicate_and_applied_once()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), file.Scenario.Seed);
        await run.InitAsync();
        var incumbent = ActorIds.Vendor(0);
        Assert.Same(services.Vendor, run.HostOf(incumbent));
        var tasking = new TaskingRequest
        {
            Header = new MessageHeader { RunId = run.RunId, Tick = 0, From = ActorIds.Agency, To = incumbent, Sequence = 0 },
        };
        tasking.Shares.Add(file.Scenario.Categories.Select(_ => 0.5));
        tasking.ShadowShares.Add(file.Scenario.Categories.Select(_ => 0.0));

        var first = await services.Vendor.Vendor.SetTaskingAsync(tasking);
        var second = await services.Vendor.Vendor.SetTaskingAsync(tasking);

        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        var actor = services.Vendor.Runs!.Find(run.RunId)!.Find(incumbent)!;
        Assert.Equal(1, actor.BufferFor(1).Count);
        // Tick 1 announces one message from the agency and finds exactly one: a second copy would be refused as excess.
        await run.HostOf(incumbent).Lifecycle.AdvanceTickAsync(new AdvanceTickRequest { RunId = run.RunId, ActorId = incumbent, Tick = 0 });
        var tick1 = new AdvanceTickRequest { RunId = run.RunId, ActorId = incumbent, Tick = 1 };
        tick1.ExpectedMessages[ActorIds.Agency] = 1;
        var response = await run.HostOf(incumbent).Lifecycle.AdvanceTickAsync(tick1);
        Assert.Equal(1, response.Tick);
        // ... and once the tick is played, the same message is still a duplicate, not a late arrival.
        Assert.True((await services.Vendor.Vendor.SetTaskingAsync(tasking)).Duplicate);
    }

    [Fact]
    public async Task A_tick_whose_delivery_failed_is_finished_by_the_retry_not_played_again()
    {
        var file = ScenarioFile.Read("usage-policy-standoff.yaml");
        var spec = file.Strategy("structured_replacement");
        var incumbent = ActorIds.Vendor(0);
        // The agency reaches the incumbent through a partition that heals at the first failed AdvanceTick.
        await using var gate = new TcpGate(services.Vendor.GrpcAddress, open: false);
        var failures = new List<(int Actor, int Tick, RpcException Error)>();
        var run = new DistributedRun(services, file, spec, file.Scenario.Seed)
        {
            PeerAddress = a => a == incumbent ? gate.Address : null,
            OnFailure = (actor, tick, e) =>
            {
                lock (failures) failures.Add((actor, tick, e));
                gate.Open();
                return true;
            },
        };

        var distributed = await run.PlayAsync();

        // The agency's channel may fail fast for a while after the partition heals (its reconnect backoff): every
        // failure is the same tick of the agency, and the tick was played once, as the result shows.
        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.Equal((ActorIds.Agency, failures[0].Tick), (f.Actor, f.Tick)));
        Assert.All(failures, f => Assert.Equal(StatusCode.Unavailable, f.Error.StatusCode));
        Assert.Contains("retry AdvanceTick", failures[0].Error.Status.Detail, StringComparison.Ordinal);
        Assert.True(gate.Dropped > 0);
        Assert.Equal(ResultJsonWriter.ToBytes(Simulator.Run(file.Scenario, spec, file.Scenario.Seed)), ResultJsonWriter.ToBytes(distributed));
    }
}
