using Grpc.Core;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Core.Messages;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>
/// The delivery stream (Inbox.Deliver): a message on it is applied as the RPC of the same name applies it (once: a
/// repeat is a duplicate), answered by call id, and a refused message is its answer while the stream goes on.
/// </summary>
[Collection(ActorServicesCollection.Name)]
public sealed class InboxStreamTests(ActorServices services)
{
    [Fact]
    public async Task A_message_on_the_stream_is_applied_once_and_a_refusal_is_its_answer()
    {
        var file = ScenarioFile.Read("teaching-minimal.yaml");
        var run = new DistributedRun(services, file, file.Strategy("status_quo"), 1);
        await run.InitAsync();
        var incumbent = ActorIds.Vendor(0);
        var tasking = new TaskingRequest { Header = new MessageHeader { RunId = run.RunId, Tick = 0, From = ActorIds.Agency, To = incumbent, Sequence = 0 } };
        tasking.Shares.Add(file.Scenario.Categories.Select(_ => 0.5));
        tasking.ShadowShares.Add(file.Scenario.Categories.Select(_ => 0.0));
        var unknownRun = new NoticeRequest { Header = new MessageHeader { RunId = "no-such-run", Tick = 0, From = ActorIds.Agency, To = incumbent }, EffectiveTick = 3 };

        using var call = services.Vendor.Inbox.Deliver(deadline: DateTime.UtcNow.AddMinutes(1));
        foreach (var request in new[]
        {
            new DeliveryRequest { CallId = 1, SetTasking = tasking },
            new DeliveryRequest { CallId = 2, SetTasking = tasking },
            new DeliveryRequest { CallId = 3 },
            new DeliveryRequest { CallId = 4, GiveNotice = unknownRun },
        })
        {
            await call.RequestStream.WriteAsync(request);
        }
        await call.RequestStream.CompleteAsync();
        var answers = new List<DeliveryResponse>();
        await foreach (var answer in call.ResponseStream.ReadAllAsync()) answers.Add(answer);

        Assert.Equal([1UL, 2UL, 3UL, 4UL], answers.Select(a => a.CallId));
        Assert.Equal((false, true), (answers[0].Ack.Duplicate, answers[1].Ack.Duplicate));
        Assert.Equal((int)StatusCode.InvalidArgument, answers[2].Failure.Code);
        Assert.Contains("needs its message", answers[2].Failure.Message, StringComparison.Ordinal);
        Assert.Equal((int)StatusCode.NotFound, answers[3].Failure.Code);
        Assert.Contains("no-such-run", answers[3].Failure.Message, StringComparison.Ordinal);
        // Applied once: the incumbent's inbox for tick 1 holds the one tasking.
        Assert.Equal(1, services.Vendor.Runs!.Find(run.RunId)!.Find(incumbent)!.BufferFor(1).Count);
    }
}
