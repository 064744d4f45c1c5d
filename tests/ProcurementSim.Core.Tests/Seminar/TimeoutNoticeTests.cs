using ProcurementSim.Core.Seminar;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Tests.Seminar;

/// <summary>A seat whose time ran out is told, and only it, which move the bot took for it.</summary>
public sealed class TimeoutNoticeTests
{
    [Fact]
    public void A_timed_out_agency_is_told_the_bots_move_before_and_after_its_week_is_played_and_no_other_seat_is()
    {
        var game = SeminarGames.Start(humans: ["agency", "incumbent"]);
        var suggested = Assert.Single(game.Suggest("agency"));
        Assert.Empty(game.ViewFor("agency").TimedOut);

        Assert.Null(game.TimeOut("agency"));
        // Turn 1 waits for the facilitator: the move is the bot's as things stand, not yet final.
        var waiting = Assert.Single(game.ViewFor("agency").TimedOut);
        Assert.False(waiting.Played);
        Assert.Equal(0, waiting.Week);
        Assert.Equal(SeminarGames.Json(suggested), SeminarGames.Json(waiting.Move));
        Assert.Empty(game.ViewFor("incumbent").TimedOut);

        Assert.Null(game.Advance());
        var played = Assert.Single(game.ViewFor("agency").TimedOut);
        Assert.True(played.Played);
        var decision = Assert.Single(game.Decisions, d => d.Seat == "agency" && d.Week == 0);
        Assert.Equal(MoveSource.Timeout, decision.Source);
        Assert.Equal(SeminarGames.Json(decision.Move), SeminarGames.Json(played.Move));
        Assert.Empty(game.ViewFor("incumbent").TimedOut);
    }

    [Fact]
    public void A_move_sent_after_the_seats_timeout_is_refused_with_a_sentence_saying_the_time_ran_out()
    {
        var game = SeminarGames.Start(humans: ["agency"]);
        Assert.Null(game.TimeOut("agency"));
        var why = game.Submit("agency", new AgencyMove([]));
        Assert.NotNull(why);
        Assert.StartsWith("time ran out for agency in week 0", why, StringComparison.Ordinal);
    }
}
