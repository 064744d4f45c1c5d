using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Seminar;

public class ForkAtTests
{
    public static TheoryData<string> Strategies() => [.. ReferenceScenarios.StandoffScenario.Strategies.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Forking_any_decision_of_a_bot_game_with_the_move_taken_gives_the_original_bytes(string strategy)
    {
        // Every later seat is a bot in the original, so "played on with bots from there" is the original itself:
        // this covers bot agency orders in the middle of a turn, bids and terms answers, at every decision.
        var s = ReferenceScenarios.StandoffScenario;
        var expected = ResultJsonWriter.ToBytes(Simulator.Run(s, s.FindStrategy(strategy)!, 7));
        var game = SeminarGames.Start(strategy, 7).PlayOut();
        // Not every strategy has every kind (status_quo never solicits); the seven together cover all of them.
        if (strategy == "structured_replacement")
        {
            Assert.Contains(game.Decisions, d => d.Seat == SeatIds.Agency && d.Week % game.WeeksPerTurn != 0); // a mid-turn bot order
            Assert.Contains(game.Decisions, d => d.Move is BidDecisionMove);
        }
        if (strategy == "negotiate_carve_out") Assert.Contains(game.Decisions, d => d.Move is TermsAnswerMove);

        for (var i = 0; i < game.Decisions.Count; i++)
        {
            var d = game.Decisions[i];
            var fork = game.ForkAt(i, d.Move);

            Assert.True(expected.AsSpan().SequenceEqual(fork.Bytes()), $"decision {i} ({d.Seat}, week {d.Week}, {SeminarGames.Json(d.Move)}) forked with the same move changed the result");
            // The fork's decision at that moment is the facilitator's; every other decision is the bot's, as before.
            Assert.Equal(game.Decisions.Count, fork.Decisions.Count);
            Assert.Equal(MoveSource.Facilitator, fork.Decisions[i].Source);
            Assert.Equal((d.Seat, d.Week), (fork.Decisions[i].Seat, fork.Decisions[i].Week));
            Assert.All(fork.Decisions.Where((_, j) => j != i), x => Assert.Equal(MoveSource.Bot, x.Source));
        }
    }

    [Fact]
    public void A_replacements_bot_bid_forked_to_no_bid_changes_the_result()
    {
        var game = SeminarGames.Start("structured_replacement", 7).PlayOut();
        var i = FirstIndex(game, d => d.Seat == "replacement_a" && d.Move is BidDecisionMove { Bid: true });
        var d = game.Decisions[i];
        var solicitation = ((BidDecisionMove)d.Move).Solicitation;

        var fork = game.ForkAt(i, new BidDecisionMove(solicitation, false));

        Assert.NotEqual(game.Bytes(), fork.Bytes());
        Assert.Contains(game.Result().Events, e => e.Kind == "bid_submitted" && e.Actor == "replacement_a" && e.Tick == d.Week);
        Assert.DoesNotContain(fork.Result().Events, e => e.Kind == "bid_submitted" && e.Actor == "replacement_a" && e.Tick == d.Week);
        // Up to that decision the fork is the original; the decision itself is the facilitator's no-bid beside the bot's bid.
        Assert.Equal(game.Decisions.Take(i).Select(SeminarGames.Json), fork.Decisions.Take(i).Select(SeminarGames.Json));
        Assert.Equal(SeminarGames.Json(new DecisionRecord("replacement_a", d.Turn, d.Week, MoveSource.Facilitator, new BidDecisionMove(solicitation, false), d.BotSuggestion) { Asked = d.Asked }),
            SeminarGames.Json(fork.Decisions[i]));
        Assert.False(fork.Decisions[i].FollowsBot);
        // The decision keeps its question (the debrief's fork form asks it again): solicitation 1's categories, for replacement_a, that week.
        Assert.Equal((PendingDecisionKind.BidOrNot, solicitation, "replacement_a", d.Week), (d.Asked!.Kind, d.Asked.Number, d.Asked.Seat, d.Asked.Week));
        Assert.NotEmpty(d.Asked.Categories);
    }

    [Fact]
    public void A_fork_is_a_valid_event_list_that_starts_with_the_hold()
    {
        var game = SeminarGames.Start("structured_replacement", 7).PlayOut();
        var i = FirstIndex(game, d => d.Seat == "replacement_a" && d.Move is BidDecisionMove);
        var d = game.Decisions[i];

        var fork = game.ForkAt(i, new BidDecisionMove(((BidDecisionMove)d.Move).Solicitation, false));
        var json = SeminarJson.SerializeEvents(fork.Events);
        var replayed = SeminarGame.Replay(fork.Setup, SeminarJson.DeserializeEvents(json));

        var hold = Assert.IsType<DecisionHeld>(fork.Events[0]);
        Assert.Equal(new DecisionHeld(0, d.Week, "replacement_a", PendingDecisionKind.BidOrNot, ((BidDecisionMove)d.Move).Solicitation), hold);
        Assert.Contains("\"type\":\"decision_held\"", json, StringComparison.Ordinal);
        Assert.Equal(fork.Bytes(), replayed.Bytes());
        Assert.Equal(fork.Decisions.Select(SeminarGames.Json), replayed.Decisions.Select(SeminarGames.Json));
    }

    [Fact]
    public void A_fork_can_be_forked_again_at_the_same_or_a_later_decision()
    {
        var game = SeminarGames.Start("structured_replacement", 7).PlayOut();
        var i = FirstIndex(game, d => d.Seat == "replacement_a" && d.Move is BidDecisionMove { Bid: true });
        var fork = game.ForkAt(i, new BidDecisionMove(((BidDecisionMove)game.Decisions[i].Move).Solicitation, false));
        var last = fork.Decisions.Count - 1;
        Assert.True(fork.Decisions[last].Week > game.Decisions[i].Week);

        // The fork's events start with its hold; forking it again at that decision replaces the hold too, and the
        // bot's own bid there gives the original (an all-bot game) back.
        Assert.Equal(game.Bytes(), fork.ForkAt(i, game.Decisions[i].Move).Bytes());
        // After the forked decision every seat of the fork is a bot: a later decision forked with its own move is the fork.
        Assert.Equal(fork.Bytes(), fork.ForkAt(last, fork.Decisions[last].Move).Bytes());
    }

    [Fact]
    public void A_hold_stops_a_bot_game_before_the_week_with_the_decision_open_whoever_fills_the_seat()
    {
        // The bot agency solicits in week 8 (structured_replacement); the replacements read it in week 9.
        var game = SeminarGames.Start("structured_replacement", 1);
        Assert.Null(game.Hold(9, "replacement_a", PendingDecisionKind.BidOrNot, 1));
        Assert.Null(game.Hold(11, SeatIds.Agency, PendingDecisionKind.AgencyOrders, 0));
        Assert.Null(game.Advance());
        Assert.Null(game.Advance());

        Assert.Equal(9, game.Week);
        var p = Assert.Single(game.Pending());
        Assert.Equal(("replacement_a", PendingDecisionKind.BidOrNot, 1), (p.Seat, p.Kind, p.Number));
        Assert.Equal(SeatKind.Bot, game.KindOf("replacement_a"));
        Assert.Null(game.TimeOut("replacement_a"));
        // The agency's orders are held in week 11, the middle of turn 2.
        Assert.Equal(11, game.Week);
        Assert.Equal(PendingDecisionKind.AgencyOrders, Assert.Single(game.Pending()).Kind);
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([]), MoveSource.Facilitator));
        Assert.Equal(16, game.Week);
        Assert.Equal((MoveSource.Timeout, 9), game.Decisions.Where(d => d.Seat == "replacement_a").Select(d => (d.Source, d.Week)).First());
        Assert.Equal(MoveSource.Facilitator, Assert.Single(game.Decisions, d => d.Week == 11 && d.Seat == SeatIds.Agency).Source);
    }

    [Fact]
    public void A_hold_refuses_a_past_week_a_wrong_kind_or_a_second_hold()
    {
        var game = SeminarGames.Start("structured_replacement", 7);
        Assert.Null(game.Advance());

        Assert.Equal("a decision can be held from week 8 to week 103; week 3 was given", game.Hold(3, "incumbent", PendingDecisionKind.AnswerTerms, 1));
        Assert.Equal("agency has no decision of kind BidOrNot numbered 1", game.Hold(9, SeatIds.Agency, PendingDecisionKind.BidOrNot, 1));
        Assert.Null(game.Hold(9, "incumbent", PendingDecisionKind.AnswerTerms, 1));
        Assert.Equal("incumbent's decision at week 9 is already held", game.Hold(9, "incumbent", PendingDecisionKind.AnswerTerms, 1));
    }

    [Fact]
    public void A_human_vendors_mid_turn_bid_forked_with_the_same_move_is_the_game_played_on_with_bots_from_there()
    {
        // replacement_a (human) declines solicitation 1 in week 9; the agency (human) keeps playing afterwards.
        var game = SeminarGames.Start("structured_replacement", 2, SeatIds.Agency, "replacement_a");
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([])));
        Assert.Null(game.Advance());
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([new SolicitOrder(["cyber_defense"]), new MarkTransitionStartOrder()])));
        Assert.Null(game.Advance());
        Assert.Equal(9, game.Week);
        Assert.Null(game.Submit("replacement_a", new BidDecisionMove(1, false)));
        game.PlayOut();
        // The game played on with bots from that moment: the agency handed to the bot before the week is played
        // (the move is the last open decision: it plays the week), the same move, then the vendor handed over too.
        var botsFromHere = SeminarGame.Replay(game.Setup, game.Events.TakeWhile(e => e.Week < 9));
        Assert.Null(botsFromHere.SetSeat(SeatIds.Agency, SeatKind.Bot));
        Assert.Null(botsFromHere.Submit("replacement_a", new BidDecisionMove(1, false), MoveSource.Facilitator));
        Assert.Null(botsFromHere.SetSeat("replacement_a", SeatKind.Bot));
        botsFromHere.PlayOut();
        var i = FirstIndex(game, d => d.Seat == "replacement_a" && d.Week == 9);
        Assert.Equal(MoveSource.Human, game.Decisions[i].Source);

        var same = game.ForkAt(i, new BidDecisionMove(1, false));
        var other = game.ForkAt(game.Decisions[i], new BidDecisionMove(1, true));

        Assert.Equal(botsFromHere.Bytes(), same.Bytes());
        Assert.NotEqual(same.Bytes(), other.Bytes());
        Assert.Contains(other.Result().Events, e => e.Kind == "bid_submitted" && e.Actor == "replacement_a" && e.Tick == 9);
    }

    [Fact]
    public void An_incumbents_terms_answer_that_timed_out_can_be_forked()
    {
        var game = SeminarGames.Start("negotiate_carve_out", 2, "incumbent").PlayOut();
        var i = FirstIndex(game, d => d.Seat == "incumbent" && d.Move is TermsAnswerMove);
        var d = game.Decisions[i];
        var answer = (TermsAnswerMove)d.Move;
        Assert.Equal(MoveSource.Timeout, d.Source);

        var same = game.ForkAt(i, answer);

        // Every seat but the timed-out incumbent was a bot, and a timeout is the bot's move: the original's bytes.
        Assert.Equal(game.Bytes(), same.Bytes());
        Assert.Equal(MoveSource.Facilitator, same.Decisions[i].Source);
    }

    [Fact]
    public void A_fork_refuses_an_impossible_move_with_the_validators_sentence()
    {
        var game = SeminarGames.Start("negotiate_carve_out", 2, "incumbent").PlayOut();
        var i = FirstIndex(game, d => d.Seat == "incumbent" && d.Move is TermsAnswerMove { AllLawfulUses: false });
        var d = game.Decisions[i];
        var round = ((TermsAnswerMove)d.Move).Round;

        var e = Assert.Throws<ArgumentException>(() => game.ForkAt(i, new TermsAnswerMove(round, ["no_such_category_asked"], false)));
        Assert.StartsWith($"at week {d.Week}, incumbent: round {round} did not ask incumbent to permit 'no_such_category_asked'", e.Message, StringComparison.Ordinal);
        var kind = Assert.Throws<ArgumentException>(() => game.ForkAt(i, new BidDecisionMove(1, true)));
        Assert.StartsWith($"decision {i} (incumbent, week {d.Week}) is an answer to the terms of round {round}", kind.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => game.ForkAt(game.Decisions.Count, d.Move));
        Assert.Throws<ArgumentException>(() => game.ForkAt(d with { }, d.Move)); // a copy is not one of the game's decisions
    }

    private static int FirstIndex(SeminarGame game, Func<DecisionRecord, bool> match)
    {
        for (var i = 0; i < game.Decisions.Count; i++)
        {
            if (match(game.Decisions[i])) return i;
        }
        Assert.Fail("no such decision");
        return -1;
    }
}
