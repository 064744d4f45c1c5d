using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Core.Messages;

namespace ProcurementSim.ActorHost.Tests.Runs;

/// <summary>
/// The inbox's fast check (a tick skips its timed wait when it holds exactly what the senders announced) agrees with
/// the full accounting: anything short, in excess, or from a sender that announced nothing takes the slow path.
/// </summary>
public sealed class InboxBufferTests
{
    private static InboxBuffer Holding(params (int From, int Sequence)[] messages)
    {
        var buffer = new InboxBuffer();
        foreach (var (from, sequence) in messages)
        {
            buffer.Add(new MessageKey(from, 0, sequence), new Envelope(from, ActorIds.Agency, sequence, new ReadinessReport(0.5)));
        }

        return buffer;
    }

    [Fact]
    public void An_empty_inbox_with_nothing_announced_and_one_holding_every_announced_message_hold_exactly()
    {
        Assert.True(Holding().HoldsExactly(new Dictionary<int, int>()));
        Assert.True(Holding((2, 0), (2, 1), (3, 0)).HoldsExactly(new Dictionary<int, int> { [2] = 2, [3] = 1 }));
    }

    [Fact]
    public void A_missing_message_an_unannounced_sender_or_an_announced_zero_do_not_hold_exactly()
    {
        var announced = new Dictionary<int, int> { [2] = 2 };

        Assert.False(Holding((2, 0)).HoldsExactly(announced));
        Assert.Single(Holding((2, 0)).Missing(announced));
        Assert.False(Holding((2, 0), (2, 1), (3, 0)).HoldsExactly(announced));
        Assert.Single(Holding((2, 0), (2, 1), (3, 0)).Excess(announced));
        Assert.False(Holding((3, 0)).HoldsExactly(new Dictionary<int, int> { [2] = 0 }));
        Assert.False(Holding((3, 0)).HoldsExactly(new Dictionary<int, int> { [3] = 0 }));
    }
}
