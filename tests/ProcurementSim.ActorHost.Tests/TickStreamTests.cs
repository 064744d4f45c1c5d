using Grpc.Core;
using Grpc.Net.Client;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Results;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>
/// The tick stream (RunLifecycle.AdvanceTicks, and AdvanceTickWaves whose messages carry waves of them): the ticks of several runs on one stream per service play exactly as
/// AdvanceTick plays them; each tick is answered once, by call id, with its outcome or its failure, and a failure
/// ends only that tick; timeout_ms and cancel work per tick.
/// </summary>
[Collection(ActorServicesCollection.Name)]
public sealed class TickStreamTests(ActorServices services)
{
    [Fact]
    public async Task Two_runs_sharing_one_stream_per_service_write_the_embedded_results_byte_for_byte()
    {
        var file = ScenarioFile.Read("usage-policy-standoff.yaml");
        var streams = new Dictionary<ServiceHost, Testing.Clients.TickStreamClient>
        {
            [services.Agency] = services.Agency.OpenTickStream(),
            [services.Vendor] = services.Vendor.OpenTickStream(),
            [services.Replacement] = services.Replacement.OpenTickStream(),
        };
        try
        {
            var runs = new[] { ("structured_replacement", 3UL), ("dual_source", 4UL) }.Select(r =>
                (Spec: file.Strategy(r.Item1), Seed: r.Item2, Run: new DistributedRun(services, file, file.Strategy(r.Item1), r.Item2)
                {
                    Advance = (host, tick) => streams[host].PlayAsync(tick),
                })).ToList();

            var results = await Task.WhenAll(runs.Select(r => r.Run.PlayAsync()));

            for (var i = 0; i < runs.Count; i++)
            {
                var embedded = Simulator.Run(file.Scenario, runs[i].Spec, runs[i].Seed);
                Assert.Equal(ResultJsonWriter.ToBytes(embedded), ResultJsonWriter.ToBytes(results[i]));
                Assert.Equal(TimelineCsvWriter.ToBytes(embedded), TimelineCsvWriter.ToBytes(results[i]));
            }
            // Every tick of both runs went over the streams: 104 ticks x 4 actors x 2 runs, one answer each.
            Assert.Equal(2 * 4 * file.Scenario.Ticks, streams.Values.Sum(s => s.Received.Count));
        }
        finally
        {
            foreach (var stream in streams.Values) await stream.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_wave_of_ticks_of_two_runs_is_answered_entry_by_entry_and_a_malformed_entry_fails_alone()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var first = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        var second = new DistributedRun(services, file, file.Strategy("status_quo"), 2);
        await first.InitAsync();
        await second.InitAsync();
        using var channel = GrpcChannel.ForAddress(services.Agency.GrpcAddress);
        using var call = new RunLifecycle.RunLifecycleClient(channel).AdvanceTickWaves(deadline: DateTime.UtcNow.AddMinutes(1));
        var wave = new TickWaveRequest();
        wave.Ticks.Add(new TickStreamRequest { CallId = 1, Tick = new AdvanceTickRequest { RunId = first.RunId, ActorId = ActorIds.Agency, Tick = 0 } });
        wave.Ticks.Add(new TickStreamRequest { CallId = 2 }); // no tick: refused alone
        wave.Ticks.Add(new TickStreamRequest { CallId = 3, Tick = new AdvanceTickRequest { RunId = second.RunId, ActorId = ActorIds.Agency, Tick = 0 } });

        await call.RequestStream.WriteAsync(wave);
        await call.RequestStream.CompleteAsync();
        var answers = new List<TickStreamResponse>();
        var messages = 0;
        await foreach (var message in call.ResponseStream.ReadAllAsync())
        {
            messages++;
            answers.AddRange(message.Answers);
        }

        Assert.Equal([1UL, 2UL, 3UL], answers.Select(a => a.CallId).Order());
        Assert.InRange(messages, 1, 3);
        var refused = Assert.Single(answers, a => a.CallId == 2);
        Assert.Equal((int)StatusCode.InvalidArgument, refused.Failure.Code);
        Assert.All(answers.Where(a => a.CallId != 2), a => Assert.Equal((ActorIds.Agency, 0), (a.Played.ActorId, a.Played.Tick)));
    }

    [Fact]
    public async Task A_failed_tick_is_its_answer_and_the_stream_goes_on()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        await run.InitAsync();
        await using var stream = services.Agency.OpenTickStream();

        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            stream.PlayAsync(new AdvanceTickRequest { RunId = "no-such-run", ActorId = ActorIds.Agency, Tick = 0 }));
        var skipped = await Assert.ThrowsAsync<RpcException>(() =>
            stream.PlayAsync(new AdvanceTickRequest { RunId = run.RunId, ActorId = ActorIds.Agency, Tick = 3 }));
        var played = await stream.PlayAsync(new AdvanceTickRequest { RunId = run.RunId, ActorId = ActorIds.Agency, Tick = 0 });

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("no-such-run", unknown.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, skipped.StatusCode);
        Assert.Contains("can play tick 0 next, not tick 3", skipped.Status.Detail, StringComparison.Ordinal);
        Assert.Equal((ActorIds.Agency, 0), (played.ActorId, played.Tick));
    }

    [Fact]
    public async Task A_request_without_its_tick_and_a_call_id_in_play_twice_are_InvalidArgument()
    {
        var waiting = await WaitingTick.PrepareAsync(services);
        await using var stream = services.Agency.OpenTickStream();

        var (_, empty) = await stream.SendAsync(null);
        var (id, _) = await stream.SendAsync(waiting, timeoutMs: 1_500);
        await stream.SendAsync(waiting, callId: id);

        var refused = await empty.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal((int)StatusCode.InvalidArgument, refused.Failure.Code);
        Assert.Contains("needs its tick", refused.Failure.Message, StringComparison.Ordinal);
        // The second request with the same id is refused at once; the first is answered by its own timeout later.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (stream.Received.Count(r => r.CallId == id) < 2 && DateTime.UtcNow < deadline) await Task.Delay(20);
        var forId = stream.Received.Where(r => r.CallId == id).ToList();
        Assert.Equal([(int)StatusCode.InvalidArgument, (int)StatusCode.DeadlineExceeded], forId.Select(r => r.Failure.Code));
        Assert.Contains("already in play", forId[0].Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tick_past_its_timeout_is_DeadlineExceeded_and_a_cancelled_tick_gets_no_answer()
    {
        var waiting = await WaitingTick.PrepareAsync(services);
        await using var stream = services.Agency.OpenTickStream();

        var started = DateTime.UtcNow;
        var (cancelledId, _) = await stream.SendAsync(waiting);
        await stream.CancelAsync(cancelledId);
        var (timedId, timed) = await stream.SendAsync(waiting, timeoutMs: 400);
        var answer = await timed.WaitAsync(TimeSpan.FromSeconds(30));
        var took = DateTime.UtcNow - started;
        await stream.CompleteAsync(); // the service ends the stream once nothing is left in play

        Assert.Equal((int)StatusCode.DeadlineExceeded, answer.Failure.Code);
        Assert.Contains("did not finish within 400 ms", answer.Failure.Message, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(4), $"the timed-out tick was answered after {took.TotalSeconds:0.0} s, not at its 0.4 s timeout");
        Assert.Equal([timedId], stream.Received.Select(r => r.CallId));
    }
}
