namespace ProcurementSim.Core.Seminar.Play;

/// <summary>How a game's weeks fall into turns: <paramref name="WeeksPerTurn"/> weeks each, the last one possibly shorter.</summary>
/// <param name="Weeks">The scenario's tick count.</param>
/// <param name="WeeksPerTurn">Weeks per turn (at least 1).</param>
internal sealed record TurnCalendar(int Weeks, int WeeksPerTurn)
{
    /// <summary>Turns in the game.</summary>
    public int TotalTurns => (Weeks + WeeksPerTurn - 1) / WeeksPerTurn;

    /// <summary>The turn a week belongs to, 1-based (one past the last for the week after the game).</summary>
    public int TurnOf(int week) => (week / WeeksPerTurn) + 1;

    /// <summary>The turn shown at a week: its own, or the last one once the game is over.</summary>
    public int TurnAt(int week) => Math.Min(TurnOf(week), TotalTurns);

    /// <summary>The first week of a turn (1-based).</summary>
    public int FirstWeekOf(int turn) => (turn - 1) * WeeksPerTurn;

    /// <summary>Whether a week opens a turn (the game stops before it for the facilitator).</summary>
    public bool IsTurnStart(int week) => week % WeeksPerTurn == 0;

    /// <summary>Whether a week closes a turn, the game's last week included (its score is then kept).</summary>
    public bool EndsTurn(int week) => (week + 1) % WeeksPerTurn == 0 || week + 1 == Weeks;
}
