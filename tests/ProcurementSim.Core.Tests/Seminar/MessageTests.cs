using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Core.Tests.Seminar;

/// <summary>Talk between seats (issue 13, point 3): channels, fog of war, replay, and no effect on the model.</summary>
public sealed class MessageTests
{
    private static SeminarGame Talked()
    {
        var game = SeminarGames.Start(humans: ["agency", "incumbent", "replacement_a"]);
        Assert.Null(game.Send("agency", "incumbent", "Would you permit battlefield operations?"));
        Assert.Null(game.Send("incumbent", MessageChannels.Public, "We keep our red lines."));
        Assert.Null(game.Send("replacement_a", MessageChannels.Umpire, "May we talk to the agency off the record?"));
        Assert.Null(game.Send(MessageChannels.Umpire, "replacement_a", "Yes, three minutes."));
        return game;
    }

    private static string[] Read(SeminarGame game, string seat) => [.. game.ViewFor(seat).Messages.Select(m => m.Text)];

    [Fact]
    public void Each_seat_reads_its_private_messages_the_public_channel_and_its_own_talk_with_the_umpire_and_the_facilitator_reads_all()
    {
        var game = Talked();

        Assert.Equal(["Would you permit battlefield operations?", "We keep our red lines."], Read(game, "agency"));
        Assert.Equal(["Would you permit battlefield operations?", "We keep our red lines."], Read(game, "incumbent"));
        Assert.Equal(["We keep our red lines.", "May we talk to the agency off the record?", "Yes, three minutes."], Read(game, "replacement_a"));
        Assert.Equal(["We keep our red lines."], Read(game, "replacement_b"));
        Assert.Equal(4, game.FacilitatorView().Messages.Count);
    }

    [Theory]
    [InlineData("nobody", "agency", "hi", "there is no seat 'nobody' to send from")]
    [InlineData("agency", "nobody", "hi", "there is no seat 'nobody' to write to")]
    [InlineData("agency", "agency", "hi", "a message goes to someone else")]
    [InlineData("agency", "public", " ", "the message is empty")]
    public void A_message_that_cannot_be_sent_is_refused_with_a_sentence_and_changes_nothing(string from, string to, string text, string why)
    {
        var game = SeminarGames.Start(humans: ["agency"]);
        var refusal = game.Send(from, to, text);
        Assert.NotNull(refusal);
        Assert.StartsWith(why, refusal, StringComparison.Ordinal);
        Assert.Empty(game.Events);
    }

    [Fact]
    public void Messages_are_replayed_from_the_stored_events_and_change_no_result()
    {
        var game = Talked().PlayOut();
        var stored = SeminarJson.Deserialize<List<GameEvent>>(SeminarJson.Serialize<IReadOnlyList<GameEvent>>(game.Events));

        var replayed = SeminarGame.Replay(game.Setup, stored);

        Assert.Equal(Read(game, "replacement_a"), Read(replayed, "replacement_a"));
        Assert.Equal(game.Bytes(), replayed.Bytes());
        // Without the talk, the same decisions give the same bytes: messages are not moves.
        var silent = SeminarGame.Replay(game.Setup, game.Events.Where(e => e is not MessageSent));
        Assert.Equal(game.Bytes(), silent.Bytes());
    }
}
