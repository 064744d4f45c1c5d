using ProcurementSim.Core.Seminar.Play;

namespace ProcurementSim.Core.Tests.Seminar.Play;

public class TurnCalendarTests
{
    [Fact]
    public void A_104_week_game_in_8_week_turns_plays_13_turns_that_open_at_multiples_of_8()
    {
        var calendar = new TurnCalendar(104, 8);

        Assert.Equal(13, calendar.TotalTurns);
        Assert.Equal(96, calendar.FirstWeekOf(13));
        Assert.Equal((12, 13), (calendar.TurnOf(95), calendar.TurnOf(96)));
        Assert.True(calendar.IsTurnStart(96));
        Assert.False(calendar.IsTurnStart(97));
        Assert.True(calendar.EndsTurn(95));
        Assert.False(calendar.EndsTurn(96));
    }

    [Fact]
    public void A_short_last_turn_ends_with_the_game()
    {
        // 10 weeks in turns of 4: weeks 0-3, 4-7 and 8-9.
        var calendar = new TurnCalendar(10, 4);

        Assert.Equal(3, calendar.TotalTurns);
        Assert.Equal([3, 7, 9], Enumerable.Range(0, 10).Where(calendar.EndsTurn));
    }

    [Fact]
    public void Once_the_game_is_over_the_turn_shown_is_the_last()
    {
        // 8 weeks in turns of 4: the week after the game (8) would open a third turn that is never played.
        var calendar = new TurnCalendar(8, 4);

        Assert.Equal(3, calendar.TurnOf(8));
        Assert.Equal(2, calendar.TurnAt(8));
        Assert.Equal(1, calendar.TurnAt(3));
    }
}
