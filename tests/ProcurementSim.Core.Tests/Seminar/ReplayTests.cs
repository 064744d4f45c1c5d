using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Tests.Seminar;

public class ReplayTests
{
    /// <summary>A game with every kind of event: human and facilitator moves, timeouts, seat changes, injects.</summary>
    internal static SeminarGame Mixed()
    {
        var game = SeminarGames.Start("structured_replacement", 5, SeatIds.Agency, "replacement_a");
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([new SetShareOrder("incumbent", "logistics_planning", 0.8)])));
        Assert.Null(game.FireInject(new CustomInject("oversight_inquiry", 0.1, 0, null)));
        Assert.Null(game.Advance());
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([new SolicitOrder(["intelligence_analysis", "cyber_defense", "logistics_planning"]), new MarkTransitionStartOrder()])));
        Assert.Null(game.Advance());
        Assert.Equal(9, game.Week);
        Assert.Null(game.Submit("replacement_a", new BidDecisionMove(1, true)));
        Assert.Equal(16, game.Week);
        Assert.Null(game.TimeOut(SeatIds.Agency));
        Assert.Null(game.FireInject(2));
        Assert.Null(game.Advance());
        Assert.Null(game.SetSeat("replacement_b", SeatKind.Human));
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([new NoteOrder("memo", "the agency waits for accreditation")]), MoveSource.Facilitator));
        Assert.Null(game.SetSeat(SeatIds.Agency, SeatKind.Bot));
        return game.PlayOut();
    }

    [Fact]
    public void Replaying_the_events_rebuilds_the_same_game()
    {
        var game = Mixed();
        Assert.True(game.Events.Count >= 12);

        var copy = SeminarGame.Replay(game.Setup, game.Events);

        Assert.Equal(game.Bytes(), copy.Bytes());
        Assert.Equal(SeminarGames.Json(game.FacilitatorView()), SeminarGames.Json(copy.FacilitatorView()));
        foreach (var seat in game.Seats) Assert.Equal(SeminarGames.Json(game.ViewFor(seat)), SeminarGames.Json(copy.ViewFor(seat)));
        Assert.Equal(SeminarGames.Json(game.Decisions), SeminarGames.Json(copy.Decisions));
    }

    [Fact]
    public void The_event_log_round_trips_through_json_and_replays_to_the_same_bytes()
    {
        var game = Mixed();

        var json = SeminarJson.SerializeEvents(game.Events);
        var back = SeminarJson.DeserializeEvents(json);

        Assert.Equal(json, SeminarJson.SerializeEvents(back));
        Assert.Equal(game.Events.Select(e => e.GetType()), back.Select(e => e.GetType()));
        // Events without lists compare by value (a move holds lists, compared through its JSON above).
        Assert.Equal(game.Events.Where(e => e is not MoveMade), back.Where(e => e is not MoveMade));
        Assert.Equal(game.Bytes(), SeminarGame.Replay(game.Setup, back).Bytes());
    }

    [Fact]
    public void The_json_has_stable_field_names_and_type_tags()
    {
        GameEvent[] events =
        [
            new MoveMade(8, "agency", MoveSource.Human, new AgencyMove([new SetShareOrder("incumbent", "cyber_defense", 0.5), new MarkTransitionStartOrder()])),
            new MoveMade(9, "replacement_a", MoveSource.Facilitator, new TermsAnswerMove(2, ["weapons_development"], false)),
            new SeatTimedOut(9, "incumbent"),
            new SeatChanged(16, "replacement_b", SeatKind.Human),
            new InjectFired(16, null, new CustomInject("budget_shock", 0.1, 0, null)),
            new TurnAdvanced(16),
        ];

        var json = SeminarJson.SerializeEvents(events);

        Assert.Equal(
            "[{\"type\":\"move_made\",\"seat\":\"agency\",\"source\":\"human\",\"move\":{\"move\":\"agency_orders\",\"orders\":[" +
            "{\"order\":\"set_share\",\"vendor\":\"incumbent\",\"category\":\"cyber_defense\",\"share\":0.5},{\"order\":\"mark_transition_start\"}]},\"week\":8}," +
            "{\"type\":\"move_made\",\"seat\":\"replacement_a\",\"source\":\"facilitator\",\"move\":{\"move\":\"terms_answer\",\"round\":2,\"accepted\":[\"weapons_development\"],\"allLawfulUses\":false},\"week\":9}," +
            "{\"type\":\"seat_timed_out\",\"seat\":\"incumbent\",\"week\":9}," +
            "{\"type\":\"seat_changed\",\"seat\":\"replacement_b\",\"kind\":\"human\",\"week\":16}," +
            "{\"type\":\"inject_fired\",\"scenarioInject\":null,\"custom\":{\"kind\":\"budget_shock\",\"magnitude\":0.1,\"weeks\":0,\"target\":null},\"week\":16}," +
            "{\"type\":\"turn_advanced\",\"week\":16}]",
            json);
        Assert.Equal(json, SeminarJson.SerializeEvents(SeminarJson.DeserializeEvents(json)));
    }

    [Fact]
    public void Every_order_kind_round_trips()
    {
        AgencyOrder[] orders =
        [
            new SetShareOrder("a", "c", 0.25), new SetShadowOrder("a", "c", 0.5), new ProposeCarveOutOrder("a", ["c", "d"]),
            new DemandAllLawfulUsesOrder("a"), new SolicitOrder(["c"]), new AwardOrder("a"), new AwardDirectOrder("a"),
            new GiveNoticeOrder("a"), new TerminateNowOrder("a"), new MarkTransitionStartOrder(), new MarkTransitionCompleteOrder(),
            new NoteOrder("memo", "a sentence"),
        ];
        var json = SeminarGames.Json<SeatMove>(new AgencyMove(orders));

        var back = (AgencyMove)SeminarJson.Deserialize<SeatMove>(json);

        Assert.Equal(orders.Select(o => o.GetType()), back.Orders.Select(o => o.GetType()));
        Assert.Equal(json, SeminarGames.Json<SeatMove>(back));
    }

    [Theory]
    [InlineData("[{\"type\":\"move_made\",\"seat\":null,\"source\":\"human\",\"move\":{\"move\":\"bid_decision\",\"solicitation\":1,\"bid\":true},\"week\":9}]")]
    [InlineData("[{\"type\":\"seat_changed\",\"seat\":\"agency\",\"kind\":\"robot\",\"week\":0}]")]
    [InlineData("[{\"type\":\"seat_changed\",\"seat\":\"agency\",\"kind\":1,\"week\":0}]")]
    [InlineData("[{\"type\":\"party\",\"week\":0}]")]
    public void Malformed_event_json_is_refused(string json) =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => SeminarJson.DeserializeEvents(json));

    [Fact]
    public void A_log_that_does_not_fit_is_refused_on_replay()
    {
        var setup = SeminarGames.Setup();
        var e = Assert.Throws<InvalidOperationException>(() => SeminarGame.Replay(setup, [new TurnAdvanced(8)]));
        Assert.Equal("event 0 (TurnAdvanced) does not replay: the event is for week 8 but the game is at week 0", e.Message);
    }

    [Fact]
    public void The_state_at_a_turn_is_the_state_the_game_had_then()
    {
        var game = SeminarGames.Start("structured_replacement", 5, SeatIds.Agency, "replacement_a");
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([])));
        Assert.Null(game.Advance());
        var atTurn2 = SeminarGames.Json(game.FacilitatorView());
        Assert.Null(game.Submit(SeatIds.Agency, new AgencyMove([new SolicitOrder(["cyber_defense"])])));
        Assert.Null(game.Advance());
        Assert.Null(game.TimeOutAll());
        Assert.Equal(16, game.Week);

        var past = game.StateAtTurn(2);

        Assert.Equal(8, past.Week);
        Assert.Equal(atTurn2, SeminarGames.Json(past.FacilitatorView()));
        Assert.Equal(16, game.Week); // the game itself is untouched
        Assert.Throws<ArgumentOutOfRangeException>(() => game.StateAtTurn(4));
    }
}
