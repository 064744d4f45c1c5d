using ProcurementSim.Contracts;
using ProcurementSim.Orchestrator.Events;

namespace ProcurementSim.Orchestrator.Tests.Events;

public sealed class RunEventBufferTests
{
    private const string Run = "run-00000000000000000000000000000001";

    private static RunEventData Event(int sequence, int tick = 0, int actor = 2) =>
        new(tick, actor, sequence, "bid_submitted", "vendor", "agency", $"bid {sequence}", Key: false);

    [Fact]
    public void Events_are_taken_in_sequence_order_whatever_order_they_arrived_in()
    {
        var buffer = new RunEventBuffer();
        buffer.Open(Run);

        foreach (var sequence in (int[])[2, 0, 3, 1])
        {
            Assert.True(buffer.Add(Run, Event(sequence)));
        }

        Assert.Equal([0, 1, 2, 3], buffer.Take(Run, 0, 2).Select(e => e.Sequence));
        Assert.Empty(buffer.Take(Run, 0, 2));
    }

    [Fact]
    public async Task Closing_a_run_cancels_its_waiters_and_drops_later_events()
    {
        var buffer = new RunEventBuffer();
        buffer.Open(Run);
        var waiting = buffer.WaitForAsync(Run, 5, 1, 1, CancellationToken.None);

        buffer.Close(Run);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.False(buffer.Add(Run, Event(0, tick: 5, actor: 1)));
    }

    [Fact]
    public void A_late_redelivery_of_a_tick_already_taken_is_refused_and_holds_no_slot()
    {
        var buffer = new RunEventBuffer();
        buffer.Open(Run);
        Assert.True(buffer.Add(Run, Event(0, tick: 3, actor: 2)));
        Assert.Single(buffer.Take(Run, 3, 2));

        // The same event again, and one of an earlier tick of that actor: both taken already, so nobody would take them.
        Assert.False(buffer.Add(Run, Event(0, tick: 3, actor: 2)));
        Assert.False(buffer.Add(Run, Event(1, tick: 2, actor: 2)));
        Assert.Equal(0, buffer.Slots);

        // Another actor's tick 3 and this actor's tick 4 are still to come.
        Assert.True(buffer.Add(Run, Event(0, tick: 3, actor: 1)));
        Assert.True(buffer.Add(Run, Event(0, tick: 4, actor: 2)));
        Assert.Equal((1, 2), (buffer.OpenRuns, buffer.Slots));
    }

    [Fact]
    public void A_wait_for_no_events_is_complete_at_once()
    {
        var buffer = new RunEventBuffer();
        buffer.Open(Run);

        Assert.True(buffer.WaitForAsync(Run, 0, 1, 0, CancellationToken.None).IsCompletedSuccessfully);
    }
}
