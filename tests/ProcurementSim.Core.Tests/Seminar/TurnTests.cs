using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Tests.Seminar;

public class TurnTests
{
    [Fact]
    public void A_human_agency_decides_at_the_first_week_of_each_turn_and_the_facilitator_advances()
    {
        var game = SeminarGames.Start(humans: SeatIds.Agency);

        Assert.Equal(0, game.Week);
        Assert.Equal(1, game.Turn);
        Assert.Equal(13, game.TotalTurns);
        var p = Assert.Single(game.Pending());
        Assert.Equal((SeatIds.Agency, 0, PendingDecisionKind.AgencyOrders), (p.Seat, p.Week, p.Kind));
        Assert.Equal("waiting for agency: they must move or be timed out first", game.Advance());
        Assert.Empty(game.FacilitatorView().Turns); // nothing played yet, and the view still builds

        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([])));
        Assert.Equal(0, game.Week); // a turn start waits for the facilitator
        Assert.Empty(game.Pending());
        Assert.Null(game.Advance());

        Assert.Equal(8, game.Week);
        Assert.Equal(2, game.Turn);
        Assert.Equal(PendingDecisionKind.AgencyOrders, Assert.Single(game.Pending()).Kind);
    }

    [Fact]
    public void A_human_agency_gives_no_orders_in_the_other_weeks_of_a_turn()
    {
        // The bot (structured replacement) solicits in week 8; a human who orders nothing at turn 2 gets no solicitation
        // in weeks 9 to 15 either: the contracts run as set.
        var game = SeminarGames.Start(humans: SeatIds.Agency);
        for (var turn = 1; turn <= 2; turn++)
        {
            Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([])));
            Assert.Null(game.Advance());
        }

        Assert.Equal(16, game.Week);
        Assert.DoesNotContain(game.Result().Events, e => e.Kind == "solicitation_issued");
        // The bot's shadow would have solicited in week 8: the debrief shows it beside the empty move.
        var week8 = Assert.Single(game.Decisions, d => d.Week == 8);
        Assert.Empty(((AgencyMove)week8.Move).Orders);
        Assert.Equal([typeof(SolicitOrder)], ((AgencyMove)week8.BotSuggestion).Orders.Select(o => o.GetType()));
        Assert.False(week8.FollowsBot);
    }

    [Fact]
    public void The_game_stops_before_the_week_a_human_vendor_has_a_decision_and_goes_on_when_it_moves()
    {
        // The bot agency solicits in week 8; the replacements read the solicitation in week 9.
        var game = SeminarGames.Start(humans: "replacement_a");
        Assert.Null(game.Advance());
        Assert.Equal(8, game.Week);
        Assert.Null(game.Advance());

        Assert.Equal(9, game.Week);
        var p = Assert.Single(game.Pending());
        Assert.Equal(("replacement_a", PendingDecisionKind.BidOrNot, 1), (p.Seat, p.Kind, p.Number));
        Assert.Equal(1, Assert.Single(game.VendorView("replacement_a").Solicitations).Id);

        Assert.Null(game.Submit("replacement_a", new BidDecisionMove(1, false)));

        Assert.Equal(16, game.Week); // on to the next turn start by itself
        Assert.DoesNotContain(game.Result().Events, e => e.Kind == "bid_submitted" && e.Actor == "replacement_a");
        Assert.Contains(game.Result().Events, e => e.Kind == "bid_submitted" && e.Actor == "replacement_b");
        var d = Assert.Single(game.Decisions, d => d.Seat == "replacement_a");
        Assert.Equal((MoveSource.Human, 9), (d.Source, d.Week));
    }

    [Fact]
    public void A_timed_out_seat_takes_the_bots_move_recorded_as_timeout()
    {
        var game = SeminarGames.Start("structured_replacement", 2, "replacement_a");
        game.AdvanceTo(9);
        var suggested = Assert.Single(game.Suggest("replacement_a"));

        Assert.Null(game.TimeOut("replacement_a"));

        var d = Assert.Single(game.Decisions, d => d.Seat == "replacement_a");
        Assert.Equal(MoveSource.Timeout, d.Source);
        Assert.Equal(SeminarGames.Json(suggested), SeminarGames.Json(d.Move));
        Assert.True(d.FollowsBot);
        // With seed 2 the bot bids (bid probability 0.95; Simulator.Run with seed 2 shows the bid): its bid is in the log.
        Assert.True(((BidDecisionMove)d.Move).Bid);
        Assert.Contains(game.Result().Events, e => e.Kind == "bid_submitted" && e.Actor == "replacement_a");
    }

    [Fact]
    public void Handing_a_waiting_seat_to_the_bot_lets_the_bot_decide()
    {
        var game = SeminarGames.Start(humans: "replacement_a");
        game.AdvanceTo(9);

        Assert.Null(game.SetSeat("replacement_a", SeatKind.Bot));

        Assert.Equal(16, game.Week);
        Assert.Equal(MoveSource.Bot, Assert.Single(game.Decisions, d => d.Seat == "replacement_a").Source);
        Assert.Equal("replacement_a is already a bot", game.SetSeat("replacement_a", SeatKind.Bot));
    }

    [Fact]
    public void Suggest_changes_nothing_and_is_empty_without_an_open_decision()
    {
        var game = SeminarGames.Start(humans: SeatIds.Agency);
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([])));
        Assert.Null(game.Advance());
        var before = SeminarGames.Json(game.FacilitatorView());

        var move = Assert.IsType<AgencyMove>(Assert.Single(game.Suggest(SeatIds.Agency)));

        // Structured replacement solicits the six tasked categories at week 8 (surveillance is unlawful, not tasked);
        // the solicitation itself starts the transition (MODEL.md §7.11), so no other order is needed.
        var solicit = Assert.IsType<SolicitOrder>(Assert.Single(move.Orders));
        Assert.Equal(6, solicit.Categories.Count);
        Assert.DoesNotContain("domestic_mass_surveillance", solicit.Categories);
        Assert.Equal(before, SeminarGames.Json(game.FacilitatorView()));
        Assert.Equal(2, game.Events.Count);
        Assert.Empty(game.Suggest("incumbent"));
    }

    [Fact]
    public void A_human_agency_that_follows_every_suggestion_plays_like_the_bot_at_turn_starts()
    {
        // Structured replacement acts at week 8 (solicit) and later in mid-turn weeks; at week 8 the human's
        // move equal to the suggestion gives the same solicitation in the same week.
        var game = SeminarGames.Start(humans: SeatIds.Agency);
        Assert.Null(game.Submit(SeatIds.Agency, Assert.Single(game.Suggest(SeatIds.Agency))));
        Assert.Null(game.Advance());
        Assert.Null(game.Submit(SeatIds.Agency, Assert.Single(game.Suggest(SeatIds.Agency))));
        Assert.Null(game.Advance());

        var solicited = Assert.Single(game.Result().Events, e => e.Kind == "solicitation_issued");
        Assert.Equal(8, solicited.Tick);
        Assert.True(game.Decisions.Where(d => d.Seat == SeatIds.Agency).All(d => d.FollowsBot));
    }
}
