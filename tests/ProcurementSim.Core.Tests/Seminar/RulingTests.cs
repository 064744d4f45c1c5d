using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Tests.Seminar;

/// <summary>Umpire rulings (issue 13, point 4): on an open decision the bots play on from the outcome ruled; in words they change nothing.</summary>
public sealed class RulingTests
{
    [Fact]
    public void A_ruling_on_the_agencys_orders_is_its_move_recorded_as_the_facilitators_and_the_game_plays_on_from_it()
    {
        var game = SeminarGames.Start(humans: ["agency"]);
        var ruled = new AgencyMove([new NoteOrder("ruling", "the umpire holds the orders")]);

        Assert.Null(game.Rule("agency", "no orders this turn beyond a note", "the team missed the briefing", ruled));
        Assert.Empty(game.Pending());
        Assert.Null(game.Advance());

        var d = Assert.Single(game.Decisions, x => x.Seat == "agency" && x.Week == 0);
        Assert.Equal(MoveSource.Facilitator, d.Source);
        Assert.Equal(SeminarGames.Json<SeatMove>(ruled), SeminarGames.Json(d.Move));
        Assert.Equal(8, game.Week);
        Assert.Equal("the team missed the briefing", Assert.Single(game.ViewFor("agency").Rulings).Reason);
        Assert.Empty(game.ViewFor("incumbent").Rulings); // a ruling on the agency is the agency's and the facilitator's

        // Replayed from its events, the ruled game is the same game; a fork at the ruled decision replaces the ruling.
        Assert.Equal(game.PlayOut().Bytes(), SeminarGame.Replay(game.Setup, game.Events).Bytes());
        Assert.True(game.ForkAt(game.IndexOf(d), new AgencyMove([])).Finished);
    }

    [Fact]
    public void A_ruling_in_words_to_everyone_is_read_by_every_seat_and_changes_no_result()
    {
        var game = SeminarGames.Start(humans: ["agency"]);
        Assert.Null(game.Rule(MessageChannels.Public, "talks are not binding", "the rules of the seminar"));
        Assert.All(game.Seats, s => Assert.Single(game.ViewFor(s).Rulings));
        game.PlayOut();
        Assert.Equal(game.Bytes(), SeminarGame.Replay(game.Setup, game.Events.Where(e => e is not RulingMade)).Bytes());
    }

    [Theory]
    [InlineData("agency", "x", "", "a ruling gives its reason")]
    [InlineData("nobody", "x", "y", "there is no seat 'nobody'")]
    [InlineData("incumbent", "x", "y", "incumbent")] // the incumbent has no open decision to rule on
    public void A_ruling_that_cannot_stand_is_refused_with_a_sentence(string seat, string ruling, string reason, string why)
    {
        var game = SeminarGames.Start(humans: ["agency"]);
        var move = seat == "incumbent" ? new TermsAnswerMove(1, [], false, false) : null;
        var refusal = game.Rule(seat, ruling, reason, move);
        Assert.NotNull(refusal);
        Assert.Contains(why, refusal, StringComparison.Ordinal);
        Assert.Empty(game.Events);
    }
}
