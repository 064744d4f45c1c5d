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

    [Fact]
    public void A_ruling_on_a_readiness_fires_its_effect_now_so_the_game_plays_on_as_if_the_inject_had_fired()
    {
        // Week 0: the replacement has not started accreditation, so the delay waits for it (VendorActor: pending delay).
        var effect = new CustomInject("accreditation_delay", 0, 6, "replacement_a");
        var ruled = SeminarGames.Start(humans: ["agency"]);
        Assert.Null(ruled.Rule(MessageChannels.Public, "replacement_a is not ready: its accreditation slips 6 weeks", "the security review found gaps", effect: effect));
        var fired = SeminarGames.Start(humans: ["agency"]);
        Assert.Null(fired.FireInject(effect));
        var neither = SeminarGames.Start(humans: ["agency"]);

        // The inject's own sentence is in the log at the ruling's week, and every seat reads the public ruling with its effect.
        Assert.Contains(ruled.FacilitatorView().Events, e => e.Tick == 0 && e.Detail == "replacement_a's accreditation is delayed by 6 weeks");
        Assert.All(ruled.Seats, s => Assert.Equal(effect, Assert.Single(ruled.ViewFor(s).Rulings).Effect));

        // The bots play on from the outcome ruled: the same result as the inject fired by hand, another than without it.
        Assert.Equal(fired.PlayOut().Bytes(), ruled.PlayOut().Bytes());
        Assert.NotEqual(neither.PlayOut().Bytes(), ruled.Bytes());
        Assert.Equal(ruled.Bytes(), SeminarGame.Replay(ruled.Setup, ruled.Events).Bytes());
    }

    [Theory]
    [InlineData("accreditation_delay", 0, 0, "replacement_a", "accreditation_delay lasts 1 to")]
    [InlineData("accreditation_delay", 0, 3, "incumbent", "accreditation_delay targets a replacement vendor: name one of replacement_a")]
    [InlineData("readiness", 0, 3, null, "unknown inject kind 'readiness'")]
    public void A_ruling_on_an_outcome_the_model_cannot_take_is_refused_with_the_injects_sentence(string kind, double magnitude, int weeks, string? target, string why)
    {
        var game = SeminarGames.Start(humans: ["agency"]);
        var refusal = game.Rule(MessageChannels.Public, "x", "y", effect: new CustomInject(kind, magnitude, weeks, target));
        Assert.NotNull(refusal);
        Assert.Contains(why, refusal, StringComparison.Ordinal);
        Assert.Empty(game.Events);
    }

    [Fact]
    public void A_ruling_is_on_a_decision_or_on_an_outcome_never_both()
    {
        var game = SeminarGames.Start(humans: ["agency"]);
        var refusal = game.Rule("agency", "x", "y", new AgencyMove([]), new CustomInject("accreditation_delay", 0, 2, "replacement_a"));
        Assert.Equal("a ruling rules on a seat's decision or on an outcome of the model, not both at once", refusal);
        Assert.Empty(game.Events);
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
