using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Core.Seminar.Play;
using ProcurementSim.Core.Seminar.Views;
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
/// <remarks>
/// A façade: the week and turn state machine is <see cref="TurnMachine"/>, the seats' decisions <see cref="SeatedRun"/>,
/// the open decisions <see cref="OpenDecisions"/>, the seats' views <see cref="SeatViews"/>, replay
/// <see cref="GameReplay"/>, forks <see cref="GameForks"/> and the bot's suggestions <see cref="BotSuggestions"/>.
/// </remarks>
public sealed class SeminarGame
{
    private readonly TurnCalendar _calendar;
    private readonly SeatTable _seats;
    private readonly SeatedRun _run;
    private readonly OpenDecisions _open;
    private readonly TurnMachine _machine;
    private readonly SeatViews _views;
    private readonly BotSuggestions _suggestions;
    private readonly WeekInputs _inputs;

    private SeminarGame(SeminarSetup setup, Scenario scenario, StrategySpec strategy, SeminarSpec seminar)
    {
        Setup = setup;
        Scenario = scenario;
        Strategy = strategy;
        _calendar = new TurnCalendar(scenario.Ticks, setup.WeeksPerTurn);
        _seats = new SeatTable([SeatIds.Agency, .. scenario.Vendors.Select(v => v.Name)], setup.HumanSeats);
        var inputs = _inputs = new WeekInputs();
        var ownBids = new OwnBidLog(scenario);
        _run = new SeatedRun(scenario, strategy, setup.Seed, _calendar, _seats, inputs);
        _open = new OpenDecisions(scenario, _run, _calendar, _seats, inputs);
        _machine = new TurnMachine(scenario, _calendar, _seats, inputs, _run, _open, ownBids);
        _suggestions = new BotSuggestions(this);
        _views = new SeatViews(scenario, _run, _calendar, _seats, _open, ownBids, _machine.TurnSummaries, TimeoutsOf, seminar, () => Messages, () => Rulings);
    }

    /// <summary>The setup the game started from.</summary>
    public SeminarSetup Setup { get; }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The strategy whose playbook is the agency's bot.</summary>
    public StrategySpec Strategy { get; }

    /// <summary>Seat ids: <see cref="SeatIds.Agency"/>, then the vendors in scenario order.</summary>
    public IReadOnlyList<string> Seats => _seats.Seats;

    /// <summary>The game's events so far, in order (what the store keeps).</summary>
    public IReadOnlyList<GameEvent> Events => _machine.Events;

    /// <summary>The week about to be played; the scenario's tick count once the game is over.</summary>
    public int Week => _run.Week;

    /// <summary>Weeks per turn.</summary>
    public int WeeksPerTurn => Setup.WeeksPerTurn;

    /// <summary>Turns in the game.</summary>
    public int TotalTurns => _calendar.TotalTurns;

    /// <summary>The current turn, 1-based (the last one once the game is over).</summary>
    public int Turn => _calendar.TurnAt(Week);

    /// <summary>Whether every week has been played.</summary>
    public bool Finished => _run.Finished;

    /// <summary>Score and metrics at the end of each turn played so far.</summary>
    public IReadOnlyList<TurnSummary> TurnSummaries => _machine.TurnSummaries;

    /// <summary>Every decision taken so far, in the order the weeks were played (the debrief's material).</summary>
    public IReadOnlyList<DecisionRecord> Decisions => _run.Decisions;

    /// <summary>The first week of a turn (1-based).</summary>
    public int FirstWeekOf(int turn) => _calendar.FirstWeekOf(turn);

    /// <summary>Who fills a seat now.</summary>
    public SeatKind KindOf(string seat) => _seats.TryGetKind(seat, out var k) ? k : throw new ArgumentException(_seats.Unknown(seat), nameof(seat));

    /// <summary>The scored result of the weeks played so far (the whole run once <see cref="Finished"/>).</summary>
    public RunResult Result() => _run.Engine.Result();

    /// <summary>Starts a game: parses the scenario, picks the strategy, plays up to the first stop (week 0).</summary>
    /// <exception cref="ArgumentException">The setup is invalid (the message says why).</exception>
    public static SeminarGame Start(SeminarSetup setup)
    {
        var (checkedSetup, scenario, strategy, seminar) = SetupLoader.Load(setup);
        return new SeminarGame(checkedSetup, scenario, strategy, seminar);
    }

    /// <summary>Rebuilds a game from its setup and events: the same state, views and result bytes as the original.</summary>
    /// <exception cref="InvalidOperationException">An event does not fit the game at that point (a corrupted log).</exception>
    public static SeminarGame Replay(SeminarSetup setup, IEnumerable<GameEvent> events) => GameReplay.Of(setup, events);

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

    /// <summary>
    /// A message from a seat or the umpire (<see cref="MessageChannels"/>) to a seat, to everyone
    /// (<see cref="MessageChannels.Public"/>) or to the umpire; it changes no state of the model.
    /// </summary>
    public string? Send(string from, string to, string text) => Execute(new MessageSent(Week, from, to, text));

    /// <summary>
    /// The facilitator rules as umpire, with a reason: on <paramref name="seat"/>'s open decision when
    /// <paramref name="move"/> is given (the outcome, made for the seat; the bots play on from it), on an outcome of the
    /// model when <paramref name="effect"/> is given (fired now as that inject: e.g. a replacement's readiness slips),
    /// else in words only (to a seat, or to <see cref="MessageChannels.Public"/>).
    /// </summary>
    public string? Rule(string seat, string ruling, string reason, SeatMove? move = null, CustomInject? effect = null) =>
        Execute(new RulingMade(Week, seat, ruling, reason, move, effect));

    /// <summary>Every ruling so far, in order.</summary>
    public IReadOnlyList<RulingMade> Rulings => [.. Events.OfType<RulingMade>()];

    /// <summary>Every message so far, in order (the facilitator's reading).</summary>
    public IReadOnlyList<MessageSent> Messages => [.. Events.OfType<MessageSent>()];

    /// <summary>Plays the turn from its first week to the next stop; refused while a decision is open.</summary>
    public string? Advance() => Execute(new TurnAdvanced(Week));

    /// <summary>Applies any event (replay and forks); null when done, or why not.</summary>
    internal string? Execute(GameEvent e) => _machine.Execute(e);

    /// <summary>Plays this week at once with the seat timed out, outside any event (only on a throwaway copy).</summary>
    internal void PlayWeekTimedOut(string seat) => _machine.PlayWeekTimedOut(seat);

    // ---- queries ----------------------------------------------------------------------------------------------

    /// <summary>Every open decision of a human seat for the week about to be played, and any held one (<see cref="Hold"/>).</summary>
    public IReadOnlyList<PendingDecision> Pending() => _open.List();

    /// <summary>
    /// The moves the bot would make now for every open decision of <paramref name="seat"/>, without applying them
    /// (empty when it has none). Exact: a copy of the game is rebuilt from the events, the seat is timed out in the
    /// copy and the week played there; the copy's decisions are the answer.
    /// </summary>
    public IReadOnlyList<SeatMove> Suggest(string seat)
    {
        _seats.Require(seat, nameof(seat));
        return _suggestions.For(seat);
    }

    // Played weeks' timeouts are in the decisions; a timeout whose week waits to be played is told with the bot's move as things stand.
    private IReadOnlyList<TimeoutNotice> TimeoutsOf(string seat)
    {
        var played = _run.Decisions.Where(d => d.Seat == seat && d.Source == MoveSource.Timeout).Select(d => new TimeoutNotice(d.Week, d.Move, true));
        IEnumerable<TimeoutNotice> waiting = !Finished && _inputs.TimedOut(seat) ? _suggestions.ForTimedOut(seat).Select(m => new TimeoutNotice(Week, m, false)) : [];
        return [.. played, .. waiting];
    }

    /// <summary>What a seat's actor knows now (fog of war): an <see cref="AgencySeatView"/> or a <see cref="VendorSeatView"/>.</summary>
    public SeatView ViewFor(string seat) => _views.For(seat);

    /// <summary>What the agency knows now.</summary>
    public AgencySeatView AgencyView() => _views.Agency();

    /// <summary>What vendor <paramref name="name"/> knows now.</summary>
    public VendorSeatView VendorView(string name) => _views.Vendor(name);

    /// <summary>Everything, for the facilitator: every seat's view, private parameters, all events and the running score.</summary>
    public FacilitatorView FacilitatorView() => _views.Facilitator();

    /// <summary>
    /// The debrief's decisions: per seat (agency first, then vendors in scenario order) and turn, each decision taken
    /// beside the bot's suggestion at that moment.
    /// </summary>
    public IReadOnlyList<DecisionRecord> Debrief() => _views.Debrief();

    /// <summary>The index of a decision in <see cref="Decisions"/> (the same instance, as <see cref="Debrief"/> returns it), or -1.</summary>
    public int IndexOf(DecisionRecord decision) => _run.IndexOf(decision);

    // ---- past states and forks ---------------------------------------------------------------------------------

    /// <summary>The game as it stood at the start of <paramref name="turn"/>, before any move of that turn (for the debrief's replay).</summary>
    public SeminarGame StateAtTurn(int turn) => GameReplay.AtTurn(this, turn);

    /// <summary>
    /// A branch: the game replayed up to the start of <paramref name="atTurn"/>, the given moves made there instead
    /// (by the facilitator, their seats made human for them), then every seat a bot, played to the end.
    /// </summary>
    /// <exception cref="ArgumentException">The turn is out of range or a move is impossible there (the message says why).</exception>
    public SeminarGame Fork(int atTurn, IReadOnlyList<ForkMove> moves) => GameForks.AtTurn(this, atTurn, moves);

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
    public SeminarGame ForkAt(int decisionIndex, SeatMove move) => GameForks.AtDecision(this, decisionIndex, move);

    /// <summary>A branch at <paramref name="decision"/>, one of <see cref="Decisions"/> (or <see cref="Debrief"/>): see <see cref="ForkAt(int, SeatMove)"/>.</summary>
    /// <exception cref="ArgumentException">The decision is not this game's, or the move does not answer it or is impossible there.</exception>
    public SeminarGame ForkAt(DecisionRecord decision, SeatMove move)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var i = IndexOf(decision);
        return i >= 0 ? ForkAt(i, move) : throw new ArgumentException("the decision is not one of this game's", nameof(decision));
    }
}
