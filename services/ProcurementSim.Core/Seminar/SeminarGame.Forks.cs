using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar;

public sealed partial class SeminarGame
{
    /// <summary>
    /// A branch at any decision of <see cref="Decisions"/> (number <paramref name="decisionIndex"/>): the game replayed
    /// exactly up to the moment that decision was taken, <paramref name="move"/> made there instead by the
    /// facilitator, then every seat a bot, played to the end. It works whoever took the decision (a person, a
    /// timeout, a bot) and wherever it fell (a turn's first week, a vendor's answer or bid in the middle of a turn,
    /// a bot agency's orders in any week). The week of the decision is played with everything the original had
    /// before it was played: the injects fired and the other seats' moves given (they were given before the week
    /// was played, so they could not depend on this decision); what the original left to a bot, or the seat's own
    /// timeout, is the bot's. Given the move the original took, the fork is "the game played on with bots from
    /// there", so it ends with the original's bytes when every later decision of the original was a bot's.
    /// </summary>
    /// <remarks>
    /// The fork is a plain event list (<see cref="Replay"/> of its <see cref="Events"/> gives the same game): a
    /// <see cref="DecisionHeld"/> at week 0 makes it stop before the decision's week with that decision open, the
    /// original's events up to that week follow (less the decision's own move, the seat's timeout, the turn's advance
    /// and, when the original is itself a fork of that decision, its hold), then every seat is handed to the bot, the
    /// move is made and the turns are advanced (a later hold, in a fork of a fork, is left to the bot).
    /// </remarks>
    /// <exception cref="ArgumentException">There is no such decision, or the move does not answer it or is impossible there (the message says why).</exception>
    public SeminarGame ForkAt(int decisionIndex, SeatMove move)
    {
        if (decisionIndex < 0 || decisionIndex >= _decisions.Count)
            throw new ArgumentOutOfRangeException(nameof(decisionIndex), decisionIndex, $"the game has {_decisions.Count} decisions: choose 0 to {_decisions.Count - 1}");
        ArgumentNullException.ThrowIfNull(move);
        var d = _decisions[decisionIndex];
        var key = KeyOf(d.Seat, d.Move);
        if (KeyOf(d.Seat, move) != key)
            throw new ArgumentException($"decision {decisionIndex} ({d.Seat}, week {d.Week}) is {Describe(key.Item2, key.Item3)}: the move must answer it", nameof(move));

        var fork = Start(Setup);
        fork.Apply(new DecisionHeld(0, d.Week, d.Seat, key.Item2, key.Item3));
        foreach (var e in _events)
        {
            // Events come in week order; everything after the decision's week is the original's future.
            if (e.Week > d.Week) break;
            if (ReplacedAtFork(e, d.Week, d.Seat, key)) continue;
            fork.Apply(e);
        }
        if (fork.Week != d.Week) throw new InvalidOperationException($"unreachable: the fork stopped at week {fork.Week}, not at the decision's week {d.Week}");
        // The hold keeps the week paused while the seats change hands, so the week is played with bots only.
        foreach (var seat in fork.Seats.Where(s => fork._seats[s] == SeatKind.Human).ToList()) fork.Apply(new SeatChanged(fork.Week, seat, SeatKind.Bot));
        if (fork.Submit(d.Seat, move, MoveSource.Facilitator) is { } why)
            throw new ArgumentException($"at week {d.Week}, {d.Seat}: {why}", nameof(move));
        fork.PlayOutWithBots();
        return fork;
    }

    /// <summary>
    /// Plays a fork to the end with every seat a bot. Only holds (a fork of a fork) can still open a decision: the
    /// bot takes it, as a timeout.
    /// </summary>
    private void PlayOutWithBots()
    {
        while (!Finished)
        {
            if ((Pending().Count > 0 ? TimeOutAll() : Advance()) is { } stuck) throw new InvalidOperationException("the fork cannot go on: " + stuck);
        }
    }

    /// <summary>A branch at <paramref name="decision"/>, one of <see cref="Decisions"/> (or <see cref="Debrief"/>): see <see cref="ForkAt(int, SeatMove)"/>.</summary>
    /// <exception cref="ArgumentException">The decision is not this game's, or the move does not answer it or is impossible there.</exception>
    public SeminarGame ForkAt(DecisionRecord decision, SeatMove move)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var i = IndexOf(decision);
        return i >= 0 ? ForkAt(i, move) : throw new ArgumentException("the decision is not one of this game's", nameof(decision));
    }

    /// <summary>The index of a decision in <see cref="Decisions"/> (the same instance, as <see cref="Debrief"/> returns it), or -1.</summary>
    public int IndexOf(DecisionRecord decision) => _decisions.FindIndex(x => ReferenceEquals(x, decision));

    // The original's events of the decision's week that the fork leaves out: the decision's own move, the seat's
    // timeout (its other decisions of the week go to the bot, as a timeout would have given them) and the advance
    // (the fork advances by itself once the move is made).
    private static bool ReplacedAtFork(GameEvent e, int week, string seat, (string, PendingDecisionKind, int) key) => e switch
    {
        // The original is itself a fork of that decision: the fork's own hold replaces the original's.
        DecisionHeld h => h.AtWeek == week && (h.Seat, h.Kind, h.Number) == key,
        MoveMade m => m.Week == week && m.Seat == seat && KeyOf(m.Seat, m.Move) == key,
        SeatTimedOut t => t.Week == week && t.Seat == seat,
        TurnAdvanced a => a.Week == week,
        _ => false,
    };

    private void Apply(GameEvent e)
    {
        if (Execute(e) is { } why) throw new InvalidOperationException($"the fork cannot replay {e.GetType().Name} at week {e.Week}: {why}");
    }

    private static string Describe(PendingDecisionKind kind, int number) => kind switch
    {
        PendingDecisionKind.AgencyOrders => "the agency's orders (an agency_orders move)",
        PendingDecisionKind.AnswerTerms => $"an answer to the terms of round {number} (a terms_answer move with round {number})",
        _ => $"a decision on solicitation {number} (a bid_decision move with solicitation {number})",
    };
}
