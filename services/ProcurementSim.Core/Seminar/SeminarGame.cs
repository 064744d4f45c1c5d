using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Playbooks;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// A seminar game: the run engine with people in some seats. It plays week by week and stops before a week in
/// which a human seat has a decision (the agency at the first week of each turn; a vendor when terms or a
/// solicitation are in its inbox), before a week with a held decision (<see cref="Hold"/>), and at the start of every
/// turn until the facilitator advances. Every command that changes the game is a <see cref="GameEvent"/>; the game
/// is a pure function of its setup and those events (<see cref="Replay"/>). With every seat a bot it plays exactly <see cref="Simulator.Run"/>.
/// Commands return null when done, or one sentence saying why not (nothing changes then).
/// </summary>
public sealed partial class SeminarGame
{
    private readonly Scenario _s;
    private readonly RunEngine _engine;
    private readonly IAgencyPlaybook _bot;
    private readonly Dictionary<string, SeatKind> _seats = new(StringComparer.Ordinal);
    private readonly List<GameEvent> _events = [];
    private readonly List<DecisionRecord> _decisions = [];
    private readonly List<TurnSummary> _turns = [];
    private readonly List<Views.OwnBidView>[] _ownBids;
    // This week's moves and timeouts; cleared when the week is played.
    private readonly Dictionary<(string Seat, PendingDecisionKind Kind, int Number), MoveMade> _moves = [];
    private readonly HashSet<string> _timedOut = new(StringComparer.Ordinal);
    // Decisions held open for the facilitator (DecisionHeld), by week; a week's holds are dropped when it is played.
    private readonly HashSet<(int Week, string Seat, PendingDecisionKind Kind, int Number)> _holds = [];
    private (int EventCount, string Seat, IReadOnlyList<SeatMove> Moves)? _suggestion;

    private SeminarGame(SeminarSetup setup, Scenario scenario, StrategySpec strategy)
    {
        Setup = setup;
        _s = scenario;
        Strategy = strategy;
        _bot = PlaybookFactory.Create(scenario, strategy);
        Seats = [SeatIds.Agency, .. scenario.Vendors.Select(v => v.Name)];
        foreach (var seat in Seats) _seats[seat] = setup.HumanSeats.Contains(seat) ? SeatKind.Human : SeatKind.Bot;
        _ownBids = [.. scenario.Vendors.Select(_ => new List<Views.OwnBidView>())];
        IVendorDecisions?[] vendorSeats = [.. scenario.Vendors.Select((_, v) => new VendorSeat(this, v))];
        _engine = new RunEngine(scenario, strategy, setup.Seed, RunOptions.Default, new AgencySeat(this), vendorSeats);
        if (_engine.Tick < _s.Ticks) _engine.BeginTick();
    }

    /// <summary>The setup the game started from.</summary>
    public SeminarSetup Setup { get; }

    /// <summary>The scenario.</summary>
    public Scenario Scenario => _s;

    /// <summary>The strategy whose playbook is the agency's bot.</summary>
    public StrategySpec Strategy { get; }

    /// <summary>Seat ids: <see cref="SeatIds.Agency"/>, then the vendors in scenario order.</summary>
    public IReadOnlyList<string> Seats { get; }

    /// <summary>The game's events so far, in order (what the store keeps).</summary>
    public IReadOnlyList<GameEvent> Events => _events;

    /// <summary>The week about to be played; the scenario's tick count once the game is over.</summary>
    public int Week => _engine.Tick;

    /// <summary>Weeks per turn.</summary>
    public int WeeksPerTurn => Setup.WeeksPerTurn;

    /// <summary>Turns in the game.</summary>
    public int TotalTurns => (_s.Ticks + WeeksPerTurn - 1) / WeeksPerTurn;

    /// <summary>The current turn, 1-based (the last one once the game is over).</summary>
    public int Turn => Math.Min(TurnOf(Week), TotalTurns);

    /// <summary>Whether every week has been played.</summary>
    public bool Finished => _engine.Tick >= _s.Ticks;

    /// <summary>Score and metrics at the end of each turn played so far.</summary>
    public IReadOnlyList<TurnSummary> TurnSummaries => _turns;

    /// <summary>Every decision taken so far, in the order the weeks were played (the debrief's material).</summary>
    public IReadOnlyList<DecisionRecord> Decisions => _decisions;

    /// <summary>The first week of a turn (1-based).</summary>
    public int FirstWeekOf(int turn) => (turn - 1) * WeeksPerTurn;

    private int TurnOf(int week) => (week / WeeksPerTurn) + 1;

    private bool IsTurnStart(int week) => week % WeeksPerTurn == 0;

    /// <summary>Who fills a seat now.</summary>
    public SeatKind KindOf(string seat) => _seats.TryGetValue(seat, out var k) ? k : throw new ArgumentException(UnknownSeat(seat), nameof(seat));

    /// <summary>The scored result of the weeks played so far (the whole run once <see cref="Finished"/>).</summary>
    public RunResult Result() => _engine.Result();

    /// <summary>Starts a game: parses the scenario, picks the strategy, plays up to the first stop (week 0).</summary>
    /// <exception cref="ArgumentException">The setup is invalid (the message says why).</exception>
    public static SeminarGame Start(SeminarSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var load = ScenarioLoader.LoadText(setup.ScenarioText ?? "", "scenario");
        if (!load.IsValid) throw new ArgumentException("the scenario is invalid: " + string.Join("; ", load.Diagnostics), nameof(setup));
        var s = load.Scenario!;
        var strategy = s.FindStrategy(setup.Strategy ?? "")
            ?? throw new ArgumentException($"the scenario has no strategy '{setup.Strategy}' (it has {string.Join(", ", s.Strategies.Select(x => x.Name))})", nameof(setup));
        if (setup.WeeksPerTurn < 1) throw new ArgumentException("a turn lasts at least 1 week", nameof(setup));
        if (s.Vendors.Any(v => EventVisibility.AgencyNames.Contains(v.Name)))
            throw new ArgumentException("a vendor named 'agency' or 'integrator' would share a seat id with the agency", nameof(setup));
        var seats = new HashSet<string>([SeatIds.Agency, .. s.Vendors.Select(v => v.Name)], StringComparer.Ordinal);
        foreach (var h in setup.HumanSeats ?? [])
        {
            if (!seats.Contains(h)) throw new ArgumentException($"there is no seat '{h}' (the seats are {string.Join(", ", seats)})", nameof(setup));
        }
        return new SeminarGame(setup with { HumanSeats = setup.HumanSeats ?? [] }, s, strategy);
    }

    /// <summary>Rebuilds a game from its setup and events: the same state, views and result bytes as the original.</summary>
    /// <exception cref="InvalidOperationException">An event does not fit the game at that point (a corrupted log).</exception>
    public static SeminarGame Replay(SeminarSetup setup, IEnumerable<GameEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var game = Start(setup);
        var i = 0;
        foreach (var e in events)
        {
            if (game.Execute(e) is { } why) throw new InvalidOperationException($"event {i} ({e.GetType().Name}) does not replay: {why}");
            i++;
        }
        return game;
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /// <summary>A seat's move (<see cref="MoveSource.Human"/>, or <see cref="MoveSource.Facilitator"/> moving for it).</summary>
    public string? Submit(string seat, SeatMove move, MoveSource source = MoveSource.Human) => Execute(new MoveMade(Week, seat, source, move));

    /// <summary>A human seat did not move in time: the bot takes its open decisions of this week.</summary>
    public string? TimeOut(string seat) => Execute(new SeatTimedOut(Week, seat));

    /// <summary>Times out every seat with an open decision; null when done (also when none was open).</summary>
    public string? TimeOutAll()
    {
        foreach (var seat in Pending().Select(p => p.Seat).Distinct().ToList())
        {
            if (Execute(new SeatTimedOut(Week, seat)) is { } why) return why;
        }
        return null;
    }

    /// <summary>Hands a seat to a person or the bot. A seat handed to the bot has its open decisions taken by the bot.</summary>
    public string? SetSeat(string seat, SeatKind kind) => Execute(new SeatChanged(Week, seat, kind));

    /// <summary>Fires the scenario's inject number <paramref name="scenarioIndex"/> now (it will not fire again).</summary>
    public string? FireInject(int scenarioIndex) => Execute(new InjectFired(Week, scenarioIndex, null));

    /// <summary>Fires a custom inject now.</summary>
    public string? FireInject(CustomInject inject) => Execute(new InjectFired(Week, null, inject));

    /// <summary>
    /// Holds a seat's decision open for the facilitator: the game will stop before <paramref name="atWeek"/> with that
    /// decision open whoever fills the seat (forks use it to replace a bot's decision, or one in the middle of a turn).
    /// The decision is then made by <see cref="Submit"/> (or taken by the bot on <see cref="TimeOut"/>); a hold for a
    /// decision the seat does not have that week opens nothing.
    /// </summary>
    public string? Hold(int atWeek, string seat, PendingDecisionKind kind, int number) => Execute(new DecisionHeld(Week, atWeek, seat, kind, number));

    /// <summary>Plays the turn from its first week to the next stop; refused while a decision is open.</summary>
    public string? Advance() => Execute(new TurnAdvanced(Week));

    private string? Execute(GameEvent e)
    {
        if (Check(e) is { } why) return why;
        _events.Add(e);
        switch (e)
        {
            case MoveMade m: _moves[KeyOf(m.Seat, m.Move)] = m; ContinueIfReady(); break;
            case SeatTimedOut t: _timedOut.Add(t.Seat); ContinueIfReady(); break;
            case SeatChanged c: _seats[c.Seat] = c.Kind; ContinueIfReady(); break;
            case InjectFired f: _engine.FireNow(ToSpec(f), f.ScenarioInject); break;
            case TurnAdvanced: PlayUntilStop(); break;
            // A hold only adds an open decision, so it never lets a paused week go on.
            case DecisionHeld h: _holds.Add((h.AtWeek, h.Seat, h.Kind, h.Number)); break;
            default: throw new InvalidOperationException("unreachable: Check refuses unknown events");
        }
        return null;
    }

    private string? Check(GameEvent? e)
    {
        if (e is null) return "the event is empty";
        if (Finished) return "the game is over";
        if (e.Week != Week) return $"the event is for week {e.Week} but the game is at week {Week}";
        switch (e)
        {
            case MoveMade m:
                if (!_seats.ContainsKey(m.Seat ?? "")) return UnknownSeat(m.Seat);
                if (m.Source is not (MoveSource.Human or MoveSource.Facilitator)) return "a move is made by a person or the facilitator; bots and timeouts decide when the week is played";
                return MoveValidator.Check(m.Seat!, m.Move, Pending(), _engine.Agency, _engine.Vendors);
            case SeatTimedOut t:
                if (!_seats.ContainsKey(t.Seat ?? "")) return UnknownSeat(t.Seat);
                return Pending().Any(p => p.Seat == t.Seat) ? null : $"{t.Seat} has no open decision to time out";
            case SeatChanged c:
                if (!_seats.ContainsKey(c.Seat ?? "")) return UnknownSeat(c.Seat);
                if (!Enum.IsDefined(c.Kind)) return $"unknown seat kind {c.Kind}";
                return _seats[c.Seat!] == c.Kind ? $"{c.Seat} is already {(c.Kind == SeatKind.Bot ? "a bot" : "human")}" : null;
            case InjectFired f: return CheckInject(f);
            case DecisionHeld h: return CheckHold(h);
            case TurnAdvanced:
                var waiting = Pending().Select(p => p.Seat).Distinct().ToList();
                return waiting.Count > 0 ? $"waiting for {string.Join(", ", waiting)}: they must move or be timed out first" : null;
            default: return $"unknown event {e.GetType().Name}";
        }
    }

    private string? CheckHold(DecisionHeld h)
    {
        if (!_seats.ContainsKey(h.Seat ?? "")) return UnknownSeat(h.Seat);
        if (h.AtWeek < Week || h.AtWeek >= _s.Ticks) return $"a decision can be held from week {Week} to week {_s.Ticks - 1}; week {h.AtWeek} was given";
        var agency = h.Seat == SeatIds.Agency;
        var fits = h.Kind switch
        {
            PendingDecisionKind.AgencyOrders => agency && h.Number == 0,
            PendingDecisionKind.AnswerTerms or PendingDecisionKind.BidOrNot => !agency && h.Number > 0,
            _ => false,
        };
        if (!fits) return $"{h.Seat} has no decision of kind {h.Kind} numbered {h.Number}";
        return _holds.Contains((h.AtWeek, h.Seat!, h.Kind, h.Number)) ? $"{h.Seat}'s decision at week {h.AtWeek} is already held" : null;
    }

    private string UnknownSeat(string? seat) => $"there is no seat '{seat}' (the seats are {string.Join(", ", Seats)})";

    private static (string, PendingDecisionKind, int) KeyOf(string seat, SeatMove move) => move switch
    {
        TermsAnswerMove t => (seat, PendingDecisionKind.AnswerTerms, t.Round),
        BidDecisionMove b => (seat, PendingDecisionKind.BidOrNot, b.Solicitation),
        _ => (seat, PendingDecisionKind.AgencyOrders, 0),
    };

    // ---- playing ------------------------------------------------------------------------------------------

    private void ContinueIfReady()
    {
        if (!Finished && !IsTurnStart(Week) && Pending().Count == 0) PlayUntilStop();
    }

    private void PlayUntilStop()
    {
        do PlayWeek();
        while (!Finished && !IsTurnStart(Week) && Pending().Count == 0);
    }

    private void PlayWeek()
    {
        var week = Week;
        _engine.FinishTick();
        for (var v = 0; v < _engine.Vendors.Count; v++)
        {
            foreach (var item in _engine.Vendors[v].Outbox.Items)
            {
                if (item.Body is BidSubmitted b)
                {
                    _ownBids[v].Add(new Views.OwnBidView
                    {
                        Week = week, Solicitation = b.SolicitationId, Price = b.Price, Quality = b.Quality,
                        AcceptsAllLawfulUses = b.AcceptsAllLawfulUses, Servable = Names.Of(_s, b.Servable),
                    });
                }
            }
        }
        if ((week + 1) % WeeksPerTurn == 0 || week + 1 == _s.Ticks)
        {
            var r = _engine.Result();
            _turns.Add(new TurnSummary(TurnOf(week), week, r.Score, r.Metrics, r.Breakdown));
        }
        _moves.Clear();
        _timedOut.Clear();
        _holds.RemoveWhere(h => h.Week == week);
        if (!Finished) _engine.BeginTick();
    }

    /// <summary>Every open decision of a human seat for the week about to be played, and any held one (<see cref="Hold"/>).</summary>
    public IReadOnlyList<PendingDecision> Pending()
    {
        var list = new List<PendingDecision>();
        if (Finished) return list;
        var w = Week;
        if (((Open(SeatIds.Agency) && IsTurnStart(w)) || Held(SeatIds.Agency, PendingDecisionKind.AgencyOrders, 0))
            && !_moves.ContainsKey((SeatIds.Agency, PendingDecisionKind.AgencyOrders, 0)))
            list.Add(new PendingDecision(SeatIds.Agency, w, PendingDecisionKind.AgencyOrders, 0, [], false));
        for (var v = 0; v < _s.Vendors.Count; v++)
        {
            var seat = _s.Vendors[v].Name;
            var open = Open(seat);
            if (!open && !_holds.Any(h => h.Week == w && h.Seat == seat)) continue;
            var vendor = _engine.Vendors[v];
            foreach (var m in _engine.InboxOf(ActorIds.Vendor(v)))
            {
                switch (m.Body)
                {
                    case TermsProposal p when (open || Held(seat, PendingDecisionKind.AnswerTerms, p.Round))
                                              && !_moves.ContainsKey((seat, PendingDecisionKind.AnswerTerms, p.Round)):
                        list.Add(new PendingDecision(seat, w, PendingDecisionKind.AnswerTerms, p.Round, Names.Of(_s, p.Categories), p.AllLawfulUses));
                        break;
                    // The vendor is asked only when it is an idle replacement (VendorActor.OnSolicitation).
                    case SolicitationIssued o when vendor.Spec.Role == VendorRole.Replacement && vendor.Status == Actors.VendorStatus.Idle
                                                   && (open || Held(seat, PendingDecisionKind.BidOrNot, o.Id))
                                                   && !_moves.ContainsKey((seat, PendingDecisionKind.BidOrNot, o.Id)):
                        list.Add(new PendingDecision(seat, w, PendingDecisionKind.BidOrNot, o.Id, Names.Of(_s, o.Categories), o.AllLawfulUses));
                        break;
                    default: break;
                }
            }
        }
        return list;
    }

    private bool Open(string seat) => _seats[seat] == SeatKind.Human && !_timedOut.Contains(seat);

    // A held decision is open whoever fills the seat, until it is made or the seat times out.
    private bool Held(string seat, PendingDecisionKind kind, int number) =>
        !_timedOut.Contains(seat) && _holds.Contains((Week, seat, kind, number));

    private MoveSource BotSource(string seat) => _timedOut.Contains(seat) ? MoveSource.Timeout : MoveSource.Bot;

    private void Record(string seat, int week, MoveSource source, SeatMove move, SeatMove suggestion) =>
        _decisions.Add(new DecisionRecord(seat, TurnOf(week), week, source, move, suggestion));

    /// <summary>The agency's decision of a week (called by the engine through <see cref="AgencySeat"/>).</summary>
    internal void DecideAgency(IAgencyView view, IAgencyActions act)
    {
        var week = view.Tick;
        var turnStart = IsTurnStart(week);
        var held = _holds.Contains((week, SeatIds.Agency, PendingDecisionKind.AgencyOrders, 0));
        // A move exists only where the validator found an open decision: a turn's first week, or a held week.
        if (_moves.TryGetValue((SeatIds.Agency, PendingDecisionKind.AgencyOrders, 0), out var made))
        {
            // The bot still sees the week (it keeps its state) but its orders are only captured.
            var shadow = new OrderRecorder(null, _s, _engine.Agency.SolicitationCount);
            _bot.Decide(view, shadow);
            var move = (AgencyMove)made.Move;
            var human = made.Source == MoveSource.Human;
            var startedBefore = _engine.Agency.Report.TransitionStart >= 0;
            var leaving = human && HumanTransition.Leaves(move, view);
            OrderApplier.Apply(move, view, act, human);
            if (human) HumanTransition.Mark(view, act, leaving, startedBefore);
            Record(SeatIds.Agency, week, made.Source, move, new AgencyMove(shadow.Orders));
        }
        else if (_seats[SeatIds.Agency] == SeatKind.Bot || _timedOut.Contains(SeatIds.Agency))
        {
            var recorder = new OrderRecorder(act, _s, _engine.Agency.SolicitationCount);
            _bot.Decide(view, recorder);
            if (recorder.Orders.Count > 0 || turnStart || held)
            {
                var move = new AgencyMove(recorder.Orders);
                Record(SeatIds.Agency, week, BotSource(SeatIds.Agency), move, move);
            }
        }
        else
        {
            // A human agency gives no orders between turns: the contracts run as set. The bot still sees the week.
            _bot.Decide(view, new OrderRecorder(null, _s, _engine.Agency.SolicitationCount));
            HumanTransition.Mark(view, act, leaving: false, startedBefore: _engine.Agency.Report.TransitionStart >= 0);
        }
    }

    /// <summary>A vendor's answer to terms (called by the engine through <see cref="VendorSeat"/>).</summary>
    internal TermsAnswer DecideTerms(int vendor, IVendorView self, TermsProposal proposal, int tick)
    {
        var seat = _s.Vendors[vendor].Name;
        // VendorBot is stateless and its draws are pure functions of (seed, actor, purpose, tick, index): asking it costs nothing.
        var bot = VendorBot.Instance.AnswerTerms(self, proposal, tick);
        var botMove = new TermsAnswerMove(proposal.Round, proposal.AllLawfulUses ? [] : Names.Of(_s, bot.Accepted), bot.AllLawfulUses);
        if (_moves.TryGetValue((seat, PendingDecisionKind.AnswerTerms, proposal.Round), out var made))
        {
            var move = (TermsAnswerMove)made.Move;
            Record(seat, tick, made.Source, move, botMove);
            return proposal.AllLawfulUses
                ? new TermsAnswer(move.AllLawfulUses ? AllLawfulUses.RestrictedCategories(_s, self.Stances) : [], move.AllLawfulUses)
                : new TermsAnswer(Names.Categories(_s, move.Accepted ?? []), false);
        }
        Record(seat, tick, BotSource(seat), botMove, botMove);
        return bot;
    }

    /// <summary>A replacement's bid decision (called by the engine through <see cref="VendorSeat"/>).</summary>
    internal bool DecideBid(int vendor, IVendorView self, SolicitationIssued solicitation, int tick)
    {
        var seat = _s.Vendors[vendor].Name;
        var botMove = new BidDecisionMove(solicitation.Id, VendorBot.Instance.WillBid(self, solicitation, tick));
        if (_moves.TryGetValue((seat, PendingDecisionKind.BidOrNot, solicitation.Id), out var made))
        {
            var move = (BidDecisionMove)made.Move;
            Record(seat, tick, made.Source, move, botMove);
            return move.Bid;
        }
        Record(seat, tick, BotSource(seat), botMove, botMove);
        return botMove.Bid;
    }

    // ---- suggestions, past states, forks ---------------------------------------------------------------------

    /// <summary>
    /// The moves the bot would make now for every open decision of <paramref name="seat"/>, without applying them
    /// (empty when it has none). Exact: a copy of the game is rebuilt from the events, the seat is timed out in the
    /// copy and the week played there; the copy's decisions are the answer.
    /// </summary>
    public IReadOnlyList<SeatMove> Suggest(string seat)
    {
        if (!_seats.ContainsKey(seat ?? "")) throw new ArgumentException(UnknownSeat(seat), nameof(seat));
        if (!Pending().Any(p => p.Seat == seat)) return [];
        if (_suggestion is { } c && c.EventCount == _events.Count && c.Seat == seat) return c.Moves;
        var copy = Replay(Setup, _events);
        copy._timedOut.Add(seat!);
        var week = copy.Week;
        copy.PlayWeek();
        IReadOnlyList<SeatMove> moves = [.. copy._decisions.Where(d => d.Week == week && d.Seat == seat && d.Source == MoveSource.Timeout).Select(d => d.Move)];
        _suggestion = (_events.Count, seat!, moves);
        return moves;
    }

    /// <summary>The game as it stood at the start of <paramref name="turn"/>, before any move of that turn (for the debrief's replay).</summary>
    public SeminarGame StateAtTurn(int turn)
    {
        if (turn < 1 || turn > Turn) throw new ArgumentOutOfRangeException(nameof(turn), turn, $"the game has reached turn {Turn}; choose 1 to {Turn}");
        var start = FirstWeekOf(turn);
        return Replay(Setup, _events.TakeWhile(e => e.Week < start));
    }

    /// <summary>
    /// A branch: the game replayed up to the start of <paramref name="atTurn"/>, the given moves made there instead
    /// (by the facilitator, their seats made human for them), then every seat a bot, played to the end.
    /// </summary>
    /// <exception cref="ArgumentException">The turn is out of range or a move is impossible there (the message says why).</exception>
    public SeminarGame Fork(int atTurn, IReadOnlyList<ForkMove> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        var fork = StateAtTurnChecked(atTurn);
        foreach (var m in moves)
        {
            if (m.Seat is not null && fork._seats.TryGetValue(m.Seat, out var kind) && kind == SeatKind.Bot) fork.SetSeat(m.Seat, SeatKind.Human);
            if (fork.Submit(m.Seat!, m.Move, MoveSource.Facilitator) is { } why) throw new ArgumentException($"at turn {atTurn}, {m.Seat}: {why}", nameof(moves));
        }
        foreach (var seat in fork.Seats)
        {
            if (fork.Finished) break;
            if (fork._seats[seat] == SeatKind.Human) fork.SetSeat(seat, SeatKind.Bot);
        }
        fork.PlayOutWithBots();
        return fork;
    }

    private SeminarGame StateAtTurnChecked(int turn)
    {
        if (turn < 1 || turn > Turn) throw new ArgumentException($"the game has reached turn {Turn}: fork at turn 1 to {Turn}", nameof(turn));
        return StateAtTurn(turn);
    }
}
