using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Core.Seminar.Play;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// Branches of a game ("what if?"): the original replayed to a turn's start or to one decision, other moves made
/// there by the facilitator, then every seat a bot to the end. A fork is itself a plain event list.
/// </summary>
internal static class GameForks
{
    /// <summary>See <see cref="SeminarGame.Fork"/>.</summary>
    public static SeminarGame AtTurn(SeminarGame game, int atTurn, IReadOnlyList<ForkMove> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        if (atTurn < 1 || atTurn > game.Turn) throw new ArgumentException($"the game has reached turn {game.Turn}: fork at turn 1 to {game.Turn}", nameof(atTurn));
        var fork = GameReplay.AtTurn(game, atTurn);
        foreach (var m in moves)
        {
            if (m.Seat is not null && fork.Seats.Contains(m.Seat) && fork.KindOf(m.Seat) == SeatKind.Bot) fork.SetSeat(m.Seat, SeatKind.Human);
            if (fork.Submit(m.Seat!, m.Move, MoveSource.Facilitator) is { } why) throw new ArgumentException($"at turn {atTurn}, {m.Seat}: {why}", nameof(moves));
        }
        foreach (var seat in fork.Seats)
        {
            if (fork.Finished) break;
            if (fork.KindOf(seat) == SeatKind.Human) fork.SetSeat(seat, SeatKind.Bot);
        }
        PlayOutWithBots(fork);
        return fork;
    }

    /// <summary>See <see cref="SeminarGame.ForkAt(int, SeatMove)"/>, whose remarks say how the fork's events are made.</summary>
    public static SeminarGame AtDecision(SeminarGame game, int decisionIndex, SeatMove move)
    {
        var decisions = game.Decisions;
        if (decisionIndex < 0 || decisionIndex >= decisions.Count)
            throw new ArgumentOutOfRangeException(nameof(decisionIndex), decisionIndex, $"the game has {decisions.Count} decisions: choose 0 to {decisions.Count - 1}");
        ArgumentNullException.ThrowIfNull(move);
        var d = decisions[decisionIndex];
        var key = DecisionKey.Of(d.Seat, d.Move);
        if (DecisionKey.Of(d.Seat, move) != key)
            throw new ArgumentException($"decision {decisionIndex} ({d.Seat}, week {d.Week}) is {Describe(key)}: the move must answer it", nameof(move));

        var fork = SeminarGame.Start(game.Setup);
        Apply(fork, new DecisionHeld(0, d.Week, d.Seat, key.Kind, key.Number));
        foreach (var e in game.Events)
        {
            // Events come in week order; everything after the decision's week is the original's future.
            if (e.Week > d.Week) break;
            if (ReplacedAtFork(e, d.Week, key)) continue;
            Apply(fork, e);
        }
        if (fork.Week != d.Week) throw new InvalidOperationException($"unreachable: the fork stopped at week {fork.Week}, not at the decision's week {d.Week}");
        // The hold keeps the week paused while the seats change hands, so the week is played with bots only.
        foreach (var seat in fork.Seats.Where(s => fork.KindOf(s) == SeatKind.Human).ToList()) Apply(fork, new SeatChanged(fork.Week, seat, SeatKind.Bot));
        if (fork.Submit(d.Seat, move, MoveSource.Facilitator) is { } why)
            throw new ArgumentException($"at week {d.Week}, {d.Seat}: {why}", nameof(move));
        PlayOutWithBots(fork);
        return fork;
    }

    /// <summary>
    /// Plays a fork to the end with every seat a bot. Only holds (a fork of a fork) can still open a decision: the
    /// bot takes it, as a timeout.
    /// </summary>
    private static void PlayOutWithBots(SeminarGame fork)
    {
        while (!fork.Finished)
        {
            if ((fork.Pending().Count > 0 ? fork.TimeOutAll() : fork.Advance()) is { } stuck) throw new InvalidOperationException("the fork cannot go on: " + stuck);
        }
    }

    // The original's events of the decision's week that the fork leaves out: the decision's own move, the seat's
    // timeout (its other decisions of the week go to the bot, as a timeout would have given them) and the advance
    // (the fork advances by itself once the move is made).
    private static bool ReplacedAtFork(GameEvent e, int week, DecisionKey key) => e switch
    {
        // The original is itself a fork of that decision: the fork's own hold replaces the original's.
        DecisionHeld h => h.AtWeek == week && new DecisionKey(h.Seat, h.Kind, h.Number) == key,
        MoveMade m => m.Week == week && m.Seat == key.Seat && DecisionKey.Of(m.Seat, m.Move) == key,
        RulingMade { Move: { } ruled } r => r.Week == week && r.Seat == key.Seat && DecisionKey.Of(r.Seat, ruled) == key,
        SeatTimedOut t => t.Week == week && t.Seat == key.Seat,
        TurnAdvanced a => a.Week == week,
        _ => false,
    };

    private static void Apply(SeminarGame fork, GameEvent e)
    {
        if (fork.Execute(e) is { } why) throw new InvalidOperationException($"the fork cannot replay {e.GetType().Name} at week {e.Week}: {why}");
    }

    private static string Describe(DecisionKey key) => key.Kind switch
    {
        PendingDecisionKind.AgencyOrders => "the agency's orders (an agency_orders move)",
        PendingDecisionKind.AnswerTerms => $"an answer to the terms of round {key.Number} (a terms_answer move with round {key.Number})",
        _ => $"a decision on solicitation {key.Number} (a bid_decision move with solicitation {key.Number})",
    };
}
