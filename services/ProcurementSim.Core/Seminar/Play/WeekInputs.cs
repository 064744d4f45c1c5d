using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Core.Seminar.Play;

/// <summary>
/// What has been given for the week about to be played: the seats' moves and timeouts (dropped once the week is
/// played), and the decisions held open for the facilitator, by week (a week's holds are dropped when it is played).
/// </summary>
internal sealed class WeekInputs
{
    private readonly Dictionary<DecisionKey, MoveMade> _moves = [];
    private readonly HashSet<string> _timedOut = new(StringComparer.Ordinal);
    private readonly HashSet<(int Week, DecisionKey Decision)> _holds = [];

    /// <summary>Keeps a move for the decision it answers (a later move for the same decision replaces it).</summary>
    public void Add(MoveMade move) => _moves[DecisionKey.Of(move.Seat, move.Move)] = move;

    /// <summary>The move made for a decision this week, if any.</summary>
    public bool TryGetMove(DecisionKey decision, out MoveMade move) => _moves.TryGetValue(decision, out move!);

    /// <summary>Whether a move was made for a decision this week.</summary>
    public bool HasMove(DecisionKey decision) => _moves.ContainsKey(decision);

    /// <summary>Leaves the seat's open decisions of this week to the bot.</summary>
    public void TimeOut(string seat) => _timedOut.Add(seat);

    /// <summary>Whether the seat timed out this week.</summary>
    public bool TimedOut(string seat) => _timedOut.Contains(seat);

    /// <summary>Holds a decision of <paramref name="week"/> open.</summary>
    public void Hold(int week, DecisionKey decision) => _holds.Add((week, decision));

    /// <summary>Whether a decision of <paramref name="week"/> is held.</summary>
    public bool IsHeld(int week, DecisionKey decision) => _holds.Contains((week, decision));

    /// <summary>Whether any decision of the seat at <paramref name="week"/> is held.</summary>
    public bool HoldsAny(int week, string seat) => _holds.Any(h => h.Week == week && h.Decision.Seat == seat);

    /// <summary>Forgets the moves, timeouts and holds of a week that has been played.</summary>
    public void EndWeek(int week)
    {
        _moves.Clear();
        _timedOut.Clear();
        _holds.RemoveWhere(h => h.Week == week);
    }
}
