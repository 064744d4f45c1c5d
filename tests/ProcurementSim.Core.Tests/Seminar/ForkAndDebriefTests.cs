using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Seminar;

public class ForkAndDebriefTests
{
    private static readonly AgencyMove Solicit = new([new SolicitOrder(["intelligence_analysis", "cyber_defense", "logistics_planning", "weapons_development", "battlefield_operations"]), new MarkTransitionStartOrder()]);

    /// <summary>A human agency for turns 1 and 2, handed to the bot right after its turn-2 move.</summary>
    private static SeminarGame Original()
    {
        var game = SeminarGames.Start("structured_replacement", 2, SeatIds.Agency);
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([])));
        Assert.Null(game.Advance());
        Assert.Null(game.Submit(SeatIds.Agency, Solicit));
        Assert.Null(game.SetSeat(SeatIds.Agency, SeatKind.Bot));
        return game.PlayOut();
    }

    [Fact]
    public void A_fork_with_the_same_move_ends_as_the_original()
    {
        var original = Original();

        var fork = original.Fork(2, [new ForkMove(SeatIds.Agency, Solicit)]);

        Assert.True(fork.Finished);
        Assert.Equal(original.Bytes(), fork.Bytes());
        var d = Assert.Single(fork.Decisions, d => d.Week == 8);
        Assert.Equal(MoveSource.Facilitator, d.Source);
    }

    [Fact]
    public void A_fork_with_another_move_ends_differently_and_compares_side_by_side()
    {
        var original = Original();
        var events = original.Events.Count;

        var fork = original.Fork(2, [new ForkMove(SeatIds.Agency, new AgencyMove([new TerminateNowOrder("incumbent")]))]);
        var cmp = ResultComparison.Compare(original.Result(), "as played", fork.Result(), "terminate at turn 2");

        Assert.NotEqual(original.Bytes(), fork.Bytes());
        Assert.Contains(fork.Result().Events, e => e.Kind == "terminated_immediately" && e.Tick == 8);
        Assert.Equal(events, original.Events.Count); // the original is untouched
        Assert.Equal(MetricNames.All, cmp.Metrics.Select(m => m.Metric));
        Assert.Equal((original.Result().Score, fork.Result().Score), (cmp.ScoreA, cmp.ScoreB));
        var cost = cmp.Metrics.Single(m => m.Metric == MetricNames.TotalCost);
        Assert.Equal(cost.B - cost.A, cost.Difference);
        // Terminating at once pays the fee and 12 weeks in lieu of notice: the branch's termination costs differ.
        Assert.NotEqual(original.Result().Metrics.Cost.TerminationFees, fork.Result().Metrics.Cost.TerminationFees);
    }

    [Fact]
    public void A_fork_refuses_an_impossible_move_or_turn()
    {
        var original = Original();

        var e = Assert.Throws<ArgumentException>(() => original.Fork(2, [new ForkMove(SeatIds.Agency, new AgencyMove([new AwardOrder("replacement_b")]))]));
        Assert.StartsWith("at turn 2, agency: order 1 (award): no bid from replacement_b was received for the current solicitation", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => original.Fork(14, []));
    }

    [Fact]
    public void The_debrief_puts_each_decision_beside_the_bots_suggestion()
    {
        var game = Original();

        var debrief = game.Debrief();

        var agency = debrief.Where(d => d.Seat == SeatIds.Agency).ToList();
        Assert.Equal([1, 2], agency.Where(d => d.Source == MoveSource.Human).Select(d => d.Turn));
        // Turn 1: the bot orders nothing at week 0, nor does the human.
        Assert.True(agency[0].FollowsBot);
        // Turn 2: the human solicits five categories and marks the transition; the bot marks the transition and solicits six.
        var turn2 = agency[1];
        Assert.False(turn2.FollowsBot);
        Assert.Equal(6, ((SolicitOrder)((AgencyMove)turn2.BotSuggestion).Orders[0]).Categories.Count);
        Assert.All(agency.Skip(2), d => Assert.Equal(MoveSource.Bot, d.Source));
        Assert.All(debrief.Where(d => d.Source == MoveSource.Bot), d => Assert.True(d.FollowsBot));
        // Agency first, then vendors in scenario order; turns ascending within a seat.
        Assert.Equal(debrief.OrderBy(d => game.Seats.ToList().IndexOf(d.Seat)).ThenBy(d => d.Turn).ThenBy(d => d.Week), debrief);
    }
}

public class SuggestionConsistencyTests
{
    public static TheoryData<string> Strategies() => [.. ReferenceScenarios.StandoffScenario.Strategies.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Strategies))]
    public void The_debrief_shows_the_suggestion_the_player_was_offered(string strategy)
    {
        // Suggest() plays the week in a copy with the bot in the seat; the debrief's suggestion is the shadow bot's
        // captured orders in the real week. A human who deviates (here: orders nothing, then follows at turn 4)
        // must still see the same suggestion in both places.
        var game = SeminarGames.Start(strategy, 4, SeatIds.Agency);
        var offered = new List<string>();
        for (var turn = 1; turn <= 6; turn++)
        {
            var suggestion = Assert.Single(game.Suggest(SeatIds.Agency));
            offered.Add(SeminarGames.Json(suggestion));
            Assert.Null(game.Submit(SeatIds.Agency, turn == 4 ? suggestion : new AgencyMove([])));
            Assert.Null(game.Advance());
        }

        Assert.Equal(offered, game.Decisions.Where(d => d.Seat == SeatIds.Agency).Select(d => SeminarGames.Json(d.BotSuggestion)));
    }
}
