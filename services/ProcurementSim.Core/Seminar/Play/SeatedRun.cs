using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Playbooks;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Moves;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Seminar.Play;

/// <summary>
/// The run engine with its decision points filled by the seats: each decision is the move a person (or the
/// facilitator) made for it this week, otherwise the bot's (as a timeout when the seat timed out). Every decision
/// taken is recorded beside the bot's suggestion at that moment.
/// </summary>
internal sealed class SeatedRun
{
    private readonly Scenario _s;
    private readonly IAgencyPlaybook _bot;
    private readonly TurnCalendar _calendar;
    private readonly SeatTable _seats;
    private readonly WeekInputs _inputs;
    private readonly List<DecisionRecord> _decisions = [];

    /// <summary>Sets up the run at week 0 (no week begun yet).</summary>
    public SeatedRun(Scenario scenario, StrategySpec strategy, ulong seed, TurnCalendar calendar, SeatTable seats, WeekInputs inputs)
    {
        _s = scenario;
        _calendar = calendar;
        _seats = seats;
        _inputs = inputs;
        _bot = PlaybookFactory.Create(scenario, strategy);
        IVendorDecisions?[] vendorSeats = [.. scenario.Vendors.Select((_, v) => new VendorSeat(this, v))];
        Engine = new RunEngine(scenario, strategy, seed, RunOptions.Default, new AgencySeat(this), vendorSeats);
    }

    /// <summary>The engine, waiting between the halves of the week about to be played.</summary>
    public RunEngine Engine { get; }

    /// <summary>The week about to be played; the scenario's tick count once the run is over.</summary>
    public int Week => Engine.Tick;

    /// <summary>Whether every week has been played.</summary>
    public bool Finished => Engine.Tick >= _s.Ticks;

    /// <summary>Every decision taken so far, in the order the weeks were played.</summary>
    public IReadOnlyList<DecisionRecord> Decisions => _decisions;

    /// <summary>The index of a decision in <see cref="Decisions"/> (the same instance), or -1.</summary>
    public int IndexOf(DecisionRecord decision) => _decisions.FindIndex(x => ReferenceEquals(x, decision));

    private MoveSource BotSource(string seat) => _inputs.TimedOut(seat) ? MoveSource.Timeout : MoveSource.Bot;

    private void Record(PendingDecision asked, MoveSource source, SeatMove move, SeatMove suggestion) =>
        _decisions.Add(new DecisionRecord(asked.Seat, _calendar.TurnOf(asked.Week), asked.Week, source, move, suggestion) { Asked = asked });

    private static PendingDecision AgencyAsked(int week) => new(SeatIds.Agency, week, PendingDecisionKind.AgencyOrders, 0, [], false);

    /// <summary>The agency's decision of a week (called by the engine through <see cref="AgencySeat"/>).</summary>
    public void DecideAgency(IAgencyView view, IAgencyActions act)
    {
        var week = view.Tick;
        var turnStart = _calendar.IsTurnStart(week);
        var held = _inputs.IsHeld(week, DecisionKey.AgencyOrders);
        // A move exists only where the validator found an open decision: a turn's first week, or a held week.
        if (_inputs.TryGetMove(DecisionKey.AgencyOrders, out var made))
        {
            // The bot still sees the week (it keeps its state) but its orders are only captured.
            var shadow = new OrderRecorder(null, _s, Engine.Agency.SolicitationCount);
            _bot.Decide(view, shadow);
            var move = (AgencyMove)made.Move;
            OrderApplier.Apply(move, view, act);
            Record(AgencyAsked(week), made.Source, move, new AgencyMove(shadow.Orders));
        }
        else if (_seats.KindOf(SeatIds.Agency) == SeatKind.Bot || _inputs.TimedOut(SeatIds.Agency))
        {
            var recorder = new OrderRecorder(act, _s, Engine.Agency.SolicitationCount);
            _bot.Decide(view, recorder);
            if (recorder.Orders.Count > 0 || turnStart || held)
            {
                var move = new AgencyMove(recorder.Orders);
                Record(AgencyAsked(week), BotSource(SeatIds.Agency), move, move);
            }
        }
        else
        {
            // A human agency gives no orders between turns: the contracts run as set. The bot still sees the week.
            _bot.Decide(view, new OrderRecorder(null, _s, Engine.Agency.SolicitationCount));
        }
    }

    /// <summary>A vendor's answer to terms (called by the engine through <see cref="VendorSeat"/>).</summary>
    public TermsAnswer DecideTerms(int vendor, IVendorView self, TermsProposal proposal, int tick)
    {
        var seat = _s.Vendors[vendor].Name;
        // VendorBot is stateless and its draws are pure functions of (seed, actor, purpose, tick, index): asking it costs nothing.
        var bot = VendorBot.Instance.AnswerTerms(self, proposal, tick);
        var asked = new PendingDecision(seat, tick, PendingDecisionKind.AnswerTerms, proposal.Round, Names.Of(_s, proposal.Categories), proposal.AllLawfulUses);
        var botMove = new TermsAnswerMove(proposal.Round, proposal.AllLawfulUses ? [] : Names.Of(_s, bot.Accepted), bot.AllLawfulUses,
            proposal.AllLawfulUses && bot.UltimatumAnswer == UltimatumAnswer.Partial);
        if (_inputs.TryGetMove(new DecisionKey(seat, PendingDecisionKind.AnswerTerms, proposal.Round), out var made))
        {
            var move = (TermsAnswerMove)made.Move;
            Record(asked, made.Source, move, botMove);
            if (!proposal.AllLawfulUses) return new TermsAnswer(Names.Categories(_s, move.Accepted ?? []), false);
            if (move.AllLawfulUses) return new TermsAnswer(AllLawfulUses.RestrictedCategories(_s, self.Stances), true);
            return new TermsAnswer(move.Partial ? AllLawfulUses.NegotiableCategories(_s, self.Stances, self.NonNegotiable) : [], false);
        }
        Record(asked, BotSource(seat), botMove, botMove);
        return bot;
    }

    /// <summary>A replacement's bid decision (called by the engine through <see cref="VendorSeat"/>).</summary>
    public bool DecideBid(int vendor, IVendorView self, SolicitationIssued solicitation, int tick)
    {
        var seat = _s.Vendors[vendor].Name;
        var botMove = new BidDecisionMove(solicitation.Id, VendorBot.Instance.WillBid(self, solicitation, tick));
        var asked = new PendingDecision(seat, tick, PendingDecisionKind.BidOrNot, solicitation.Id, Names.Of(_s, solicitation.Categories), solicitation.AllLawfulUses);
        if (_inputs.TryGetMove(new DecisionKey(seat, PendingDecisionKind.BidOrNot, solicitation.Id), out var made))
        {
            var move = (BidDecisionMove)made.Move;
            Record(asked, made.Source, move, botMove);
            return move.Bid;
        }
        Record(asked, BotSource(seat), botMove, botMove);
        return botMove.Bid;
    }
}
