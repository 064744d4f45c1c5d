using ProcurementSim.ActorHost.Events;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Contracts;
using ProcurementSim.Core.Events;

namespace ProcurementSim.ActorHost.Tests.Events;

/// <summary>
/// The actor service's events go out batched: an actor's events of a tick are one entry, and the entries of the ticks
/// that finish while a publish is under way share the next message; each caller completes with the message that
/// carries its entry.
/// </summary>
public sealed class EventPublisherTests
{
    [Fact]
    public async Task An_entry_alone_goes_out_at_once_and_the_ticks_finishing_during_its_publish_share_the_next_message()
    {
        var bus = new GatedPublishEndpoint();
        var publisher = new EventPublisher(bus);

        var first = publisher.PublishAsync("run-a", 1, Played(3, events: 2), CancellationToken.None);
        await bus.WaitForAsync(1);
        // While the first message is with the bus, three ticks of three runs finish (one of them with no event).
        var waiting = new[]
        {
            publisher.PublishAsync("run-b", 2, Played(7, events: 1), CancellationToken.None),
            publisher.PublishAsync("run-c", 1, Played(4, events: 0), CancellationToken.None),
            publisher.PublishAsync("run-a", 3, Played(3, events: 3), CancellationToken.None),
        };
        Assert.Single(bus.Published);
        Assert.False(first.IsCompleted);

        bus.Release(0);
        await first;
        await bus.WaitForAsync(2);
        Assert.False(waiting[0].IsCompleted);
        Assert.True(waiting[1].IsCompletedSuccessfully, "a tick with no event waits for no message");
        bus.Release(1);
        await Task.WhenAll(waiting);

        var messages = bus.Published.Cast<RunEventBatch>().ToList();
        Assert.Equal(2, messages.Count);
        var alone = Assert.Single(messages[0].Ticks);
        Assert.Equal(("run-a", 3, 1), (alone.RunId, alone.Tick, alone.ActorId));
        Assert.Equal([0, 1], alone.Events.Select(e => e.Sequence));
        Assert.Equal([("run-b", 7, 2, 1), ("run-a", 3, 3, 3)], messages[1].Ticks.Select(t => (t.RunId, t.Tick, t.ActorId, t.Events.Count)));
        // Each event carries its identity: the entry's tick and actor, its sequence among the actor's events of the tick.
        Assert.All(messages.SelectMany(m => m.Ticks), t => Assert.All(t.Events.Select((e, i) => (e, i)), x =>
            Assert.Equal((t.Tick, t.ActorId, x.i), (x.e.Tick, x.e.ActorId, x.e.Sequence))));
    }

    [Fact]
    public async Task A_message_the_bus_refuses_fails_every_tick_it_carries_and_the_next_ticks_go_out_in_a_new_one()
    {
        var bus = new GatedPublishEndpoint();
        var publisher = new EventPublisher(bus);
        var first = publisher.PublishAsync("run-a", 1, Played(0, events: 1), CancellationToken.None);
        await bus.WaitForAsync(1);
        var second = publisher.PublishAsync("run-b", 1, Played(0, events: 1), CancellationToken.None);

        bus.Fail(0, new InvalidOperationException("the broker is unreachable"));
        Assert.Equal("the broker is unreachable", (await Assert.ThrowsAsync<InvalidOperationException>(() => first)).Message);
        await bus.WaitForAsync(2);
        bus.Release(1);
        await second;
        Assert.Equal("run-b", Assert.Single(((RunEventBatch)bus.Published[1]).Ticks).RunId);
    }

    private static PlayedTick Played(int tick, int events) => new(
        tick, [], [.. Enumerable.Range(0, events).Select(i => new SimEvent(tick, "solicitation_issued", "agency", "category", $"event {i}", false))],
        new TickAnswer(1, tick, events, new Dictionary<int, int>()));
}
