using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Core.Seminar.Play;

/// <summary>
/// The game's week and turn state machine. The engine waits between the halves of the week about to be played; a
/// <see cref="GameEvent"/> is checked against that state, then kept and applied. The game plays on week by week
/// and stops before a week with an open decision (<see cref="OpenDecisions"/>) and at the start of every turn,
/// until the facilitator advances.
/// </summary>
internal sealed class TurnMachine
{
    private readonly Scenario _s;
    private readonly TurnCalendar _calendar;
    private readonly SeatTable _seats;
    private readonly WeekInputs _inputs;
    private readonly SeatedRun _run;
    private readonly OpenDecisions _open;
    private readonly OwnBidLog _ownBids;
    private readonly List<GameEvent> _events = [];
    private readonly List<TurnSummary> _turns = [];

    /// <summary>Begins week 0 (unless the scenario has no week): the game's first stop.</summary>
    public TurnMachine(Scenario scenario, TurnCalendar calendar, SeatTable seats, WeekInputs inputs, SeatedRun run, OpenDecisions open, OwnBidLog ownBids)
    {
        _s = scenario;
        _calendar = calendar;
        _seats = seats;
        _inputs = inputs;
        _run = run;
        _open = open;
        _ownBids = ownBids;
        if (!_run.Finished) _run.Engine.BeginTick();
    }

    /// <summary>The events applied so far, in order.</summary>
    public IReadOnlyList<GameEvent> Events => _events;

    /// <summary>Score and metrics at the end of each turn played so far.</summary>
    public IReadOnlyList<TurnSummary> TurnSummaries => _turns;

    /// <summary>Applies an event; null when done, or one sentence saying why not (nothing changes then).</summary>
    public string? Execute(GameEvent e)
    {
        if (Check(e) is { } why) return why;
        _events.Add(e);
        switch (e)
        {
            case MoveMade m: _inputs.Add(m); ContinueIfReady(); break;
            case SeatTimedOut t: _inputs.TimeOut(t.Seat); ContinueIfReady(); break;
            case SeatChanged c: _seats.Set(c.Seat, c.Kind); ContinueIfReady(); break;
            case InjectFired f: _run.Engine.FireNow(InjectRules.ToSpec(_s, f, _run.Week), f.ScenarioInject); break;
            case TurnAdvanced: PlayUntilStop(); break;
            // A hold only adds an open decision, so it never lets a paused week go on.
            case DecisionHeld h: _inputs.Hold(h.AtWeek, new DecisionKey(h.Seat, h.Kind, h.Number)); break;
            // Talk changes no state: the message is kept in the events, where the views read it.
            case MessageSent: break;
            // A ruling on an open decision is the facilitator's move for the seat; one in words only changes nothing.
            case RulingMade { Move: { } move } r: _inputs.Add(new MoveMade(r.Week, r.Seat, MoveSource.Facilitator, move)); ContinueIfReady(); break;
            // A ruling on an outcome of the model fires its effect now, as a custom inject would.
            case RulingMade { Effect: { } effect }: _run.Engine.FireNow(effect.ToSpec(_run.Week), null); break;
            case RulingMade: break;
            default: throw new InvalidOperationException("unreachable: Check refuses unknown events");
        }
        return null;
    }

    /// <summary>
    /// Plays the week at once with <paramref name="seat"/> timed out, without an event and whatever else is open
    /// (the bot's suggestion is read from a throwaway copy this way; the copy is not a game any log describes).
    /// </summary>
    public void PlayWeekTimedOut(string seat)
    {
        _inputs.TimeOut(seat);
        PlayWeek();
    }

    private string? Check(GameEvent? e)
    {
        if (e is null) return "the event is empty";
        if (_run.Finished) return "the game is over";
        if (e.Week != _run.Week) return $"the event is for week {e.Week} but the game is at week {_run.Week}";
        switch (e)
        {
            case MoveMade m:
                if (!_seats.Contains(m.Seat)) return _seats.Unknown(m.Seat);
                if (m.Source is not (MoveSource.Human or MoveSource.Facilitator)) return "a move is made by a person or the facilitator; bots and timeouts decide when the week is played";
                if (_inputs.TimedOut(m.Seat!) && !_open.List().Any(p => p.Seat == m.Seat))
                    return $"time ran out for {m.Seat} in week {_run.Week}: the bot decides for it, so this move was not taken (see what the bot took on the seat's page)";
                return MoveValidator.Check(m.Seat!, m.Move, _open.List(), _run.Engine.Agency, _run.Engine.Vendors);
            case SeatTimedOut t:
                if (!_seats.Contains(t.Seat)) return _seats.Unknown(t.Seat);
                return _open.List().Any(p => p.Seat == t.Seat) ? null : $"{t.Seat} has no open decision to time out";
            case SeatChanged c:
                if (!_seats.Contains(c.Seat)) return _seats.Unknown(c.Seat);
                if (!Enum.IsDefined(c.Kind)) return $"unknown seat kind {c.Kind}";
                return _seats.KindOf(c.Seat!) == c.Kind ? $"{c.Seat} is already {(c.Kind == SeatKind.Bot ? "a bot" : "human")}" : null;
            case InjectFired f: return InjectRules.Check(_s, _run.Engine, f);
            case DecisionHeld h: return CheckHold(h);
            case MessageSent m: return MessageChannels.Check(_seats.Seats, m);
            case RulingMade r: return CheckRuling(r);
            case TurnAdvanced:
                var waiting = _open.List().Select(p => p.Seat).Distinct().ToList();
                return waiting.Count > 0 ? $"waiting for {string.Join(", ", waiting)}: they must move or be timed out first" : null;
            default: return $"unknown event {e.GetType().Name}";
        }
    }

    private string? CheckRuling(RulingMade r)
    {
        if (string.IsNullOrWhiteSpace(r.Reason)) return "a ruling gives its reason";
        if (string.IsNullOrWhiteSpace(r.Ruling)) return "the ruling is empty";
        if (r.Ruling.Length > MessageChannels.MaxLength || r.Reason.Length > MessageChannels.MaxLength)
            return $"a ruling and its reason are at most {MessageChannels.MaxLength} characters each";
        if (r.Move is not null && r.Effect is not null) return "a ruling rules on a seat's decision or on an outcome of the model, not both at once";
        if (r.Move is null)
        {
            if (r.Seat != MessageChannels.Public && !_seats.Contains(r.Seat)) return _seats.Unknown(r.Seat);
            return r.Effect is null ? null : InjectRules.CheckCustom(_s, r.Effect);
        }
        if (!_seats.Contains(r.Seat)) return _seats.Unknown(r.Seat);
        return MoveValidator.Check(r.Seat!, r.Move, _open.List(), _run.Engine.Agency, _run.Engine.Vendors);
    }

    private string? CheckHold(DecisionHeld h)
    {
        if (!_seats.Contains(h.Seat)) return _seats.Unknown(h.Seat);
        var week = _run.Week;
        if (h.AtWeek < week || h.AtWeek >= _s.Ticks) return $"a decision can be held from week {week} to week {_s.Ticks - 1}; week {h.AtWeek} was given";
        var agency = h.Seat == SeatIds.Agency;
        var fits = h.Kind switch
        {
            PendingDecisionKind.AgencyOrders => agency && h.Number == 0,
            PendingDecisionKind.AnswerTerms or PendingDecisionKind.BidOrNot => !agency && h.Number > 0,
            _ => false,
        };
        if (!fits) return $"{h.Seat} has no decision of kind {h.Kind} numbered {h.Number}";
        return _inputs.IsHeld(h.AtWeek, new DecisionKey(h.Seat!, h.Kind, h.Number)) ? $"{h.Seat}'s decision at week {h.AtWeek} is already held" : null;
    }

    private bool MayPlayOn() => !_run.Finished && !_calendar.IsTurnStart(_run.Week) && _open.List().Count == 0;

    private void ContinueIfReady()
    {
        if (MayPlayOn()) PlayUntilStop();
    }

    private void PlayUntilStop()
    {
        do PlayWeek();
        while (MayPlayOn());
    }

    private void PlayWeek()
    {
        var week = _run.Week;
        _run.Engine.FinishTick();
        _ownBids.Collect(week, _run.Engine);
        if (_calendar.EndsTurn(week))
        {
            var r = _run.Engine.Result();
            _turns.Add(new TurnSummary(_calendar.TurnOf(week), week, r.Score, r.Metrics, r.Breakdown));
        }
        _inputs.EndWeek(week);
        if (!_run.Finished) _run.Engine.BeginTick();
    }
}
