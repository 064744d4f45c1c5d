using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Events;
using ProcurementSim.Core.Seminar.Views;

namespace ProcurementSim.Core.Seminar.Play;

/// <summary>
/// Builds what each seat may see now (fog of war: an actor's own state, its inbox and the events it would learn
/// of), the facilitator's view of everything, and the debrief's order of decisions.
/// </summary>
internal sealed class SeatViews(Scenario scenario, SeatedRun run, TurnCalendar calendar, SeatTable seats, OpenDecisions open,
    OwnBidLog ownBids, IReadOnlyList<TurnSummary> turns, Func<string, IReadOnlyList<TimeoutNotice>> timeouts, SeminarSpec seminar,
    Func<IReadOnlyList<MessageSent>> messages, Func<IReadOnlyList<RulingMade>> rulings)
{
    private int Turn => calendar.TurnAt(run.Week);

    /// <summary>Every event so far: the recorded weeks, plus this week's injects and the agency's events of this week so far.</summary>
    private List<SimEvent> AllEvents()
    {
        var engine = run.Engine;
        var all = new List<SimEvent>(engine.Recorder.Events);
        if (!run.Finished)
        {
            all.AddRange(engine.FiredThisTick);
            all.AddRange(engine.Agency.Events.Events);
        }
        return all;
    }

    /// <summary>What a seat's actor knows now: an <see cref="AgencySeatView"/> or a <see cref="VendorSeatView"/>.</summary>
    public SeatView For(string seat)
    {
        seats.Require(seat, nameof(seat));
        return seat == SeatIds.Agency ? Agency() : Vendor(seat);
    }

    /// <summary>What the agency knows now.</summary>
    public AgencySeatView Agency()
    {
        var a = run.Engine.Agency;
        var last = run.Engine.Recorder.LastTick;
        var n = scenario.Categories.Count;
        return new AgencySeatView
        {
            Seat = SeatIds.Agency,
            Kind = seats.KindOf(SeatIds.Agency),
            Week = run.Week,
            Turn = Turn,
            TotalTurns = calendar.TotalTurns,
            Finished = run.Finished,
            Pending = [.. open.List().Where(p => p.Seat == SeatIds.Agency)],
            Events = [.. AllEvents().Select(e => EventVisibility.As(SeatIds.Agency, null, e)).OfType<SimEvent>()],
            TimedOut = timeouts(SeatIds.Agency),
            Briefing = seminar.BriefingOf(SeatIds.Agency),
            Messages = [.. messages().Where(m => MessageChannels.Reads(SeatIds.Agency, m))],
            Rulings = [.. rulings().Where(r => MessageChannels.ReadsRuling(SeatIds.Agency, r))],
            WeeklyBudget = a.Budget,
            ReputationalRisk = a.Risk,
            MissionCapabilityLastWeek = last?.MissionCapability ?? 0,
            SpendLastWeek = last?.Spend ?? 0,
            CumulativeCost = last?.CumulativeCost ?? 0,
            Categories = [.. scenario.Categories.Select((c, i) => new CategoryView
            {
                Name = c.Name, Demand = c.Demand, Criticality = c.Criticality, LegalStatus = c.LegalStatus, Tasked = a.Tasks(i),
                CapabilityLastWeek = last?.CapabilityByCategory[i] ?? 0,
            })],
            Vendors = [.. scenario.Vendors.Select((spec, v) => new KnownVendorView
            {
                Name = spec.Name,
                Role = spec.Role,
                State = a.State(v),
                Readiness = a.Readiness(v),
                Price = a.Price(v),
                NoticeEffective = a.NoticeEffective(v) >= 0 ? a.NoticeEffective(v) : null,
                Shares = [.. Enumerable.Range(0, n).Select(c => a.Share(v, c))],
                ShadowShares = [.. Enumerable.Range(0, n).Select(c => a.ShadowShare(v, c))],
                Stances = [.. Enumerable.Range(0, n).Select(c => a.Stance(v, c))],
            })],
            Solicitation = a.SolicitationCount,
            Bids = [.. a.Bids.Select(b => new BidView
            {
                Vendor = scenario.Vendors[b.Vendor].Name, Week = b.Tick, Price = b.Price, Quality = b.Quality,
                AcceptsAllLawfulUses = b.AcceptsAllLawfulUses, Servable = Names.Of(scenario, b.Servable),
            })],
            AllLawfulUsesAnswer = a.AllLawfulUsesAnswer,
        };
    }

    /// <summary>What vendor <paramref name="name"/> knows now.</summary>
    /// <exception cref="ArgumentException">There is no such vendor.</exception>
    public VendorSeatView Vendor(string name)
    {
        var v = Names.Vendor(scenario, name ?? "");
        if (v < 0) throw new ArgumentException($"there is no vendor named '{name}'", nameof(name));
        var actor = run.Engine.Vendors[v];
        var inbox = run.Finished ? [] : run.Engine.InboxOf(ActorIds.Vendor(v));
        var report = actor.Report;
        var week = run.Week;
        return new VendorSeatView
        {
            Seat = name!,
            Kind = seats.KindOf(name!),
            Week = week,
            Turn = Turn,
            TotalTurns = calendar.TotalTurns,
            Finished = run.Finished,
            Pending = [.. open.List().Where(p => p.Seat == name)],
            Events = [.. AllEvents().Select(e => EventVisibility.As(name!, actor.Spec.Role, e)).OfType<SimEvent>()],
            TimedOut = timeouts(name!),
            Briefing = seminar.BriefingOf(name!),
            Messages = [.. messages().Where(m => MessageChannels.Reads(name!, m))],
            Rulings = [.. rulings().Where(r => MessageChannels.ReadsRuling(name!, r))],
            Role = actor.Spec.Role,
            Status = actor.Status,
            Trust = actor.Trust,
            Quality = actor.Quality,
            Capacity = actor.Spec.Capacity,
            ListPrice = actor.Spec.Price,
            ContractPrice = actor.ContractPrice,
            Readiness = actor.Readiness,
            NoticeEffective = actor.NoticeEffective >= 0 ? actor.NoticeEffective : null,
            ClarificationPaused = actor.ClarificationPaused(week),
            EarnedLastWeek = report.Spend + report.ShadowSpend,
            Categories = [.. scenario.Categories.Select((c, i) => new VendorCategoryView
            {
                Name = c.Name, LegalStatus = c.LegalStatus, Stance = actor.Stances[i], NonNegotiable = actor.NonNegotiable[i],
                Share = actor.TaskedShares[i], ShadowShare = actor.ShadowShares[i],
                TaskedLastWeek = report.Tasked[i], ServedLastWeek = report.Served[i], RefusedLastWeek = report.Refused[i],
            })],
            Proposals = [.. inbox.Select(m => m.Body).OfType<TermsProposal>().Select(p => new ProposalView
            {
                Round = p.Round, Categories = Names.Of(scenario, p.Categories), AllLawfulUses = p.AllLawfulUses,
            })],
            Solicitations = [.. inbox.Select(m => m.Body).OfType<SolicitationIssued>().Select(o => new SolicitationView
            {
                Id = o.Id, Categories = Names.Of(scenario, o.Categories), AllLawfulUses = o.AllLawfulUses,
            })],
            OwnBids = [.. ownBids.Of(v)],
        };
    }

    /// <summary>Everything, for the facilitator: every seat's view, private parameters, all events and the running score.</summary>
    public FacilitatorView Facilitator()
    {
        var r = run.Engine.Result();
        var pending = open.List();
        return new FacilitatorView
        {
            Week = run.Week,
            Turn = Turn,
            TotalTurns = calendar.TotalTurns,
            Finished = run.Finished,
            Seats = [.. seats.Seats.Select(s => new SeatStatus { Seat = s, Kind = seats.KindOf(s), PendingDecisions = pending.Count(p => p.Seat == s) })],
            Pending = pending,
            Agency = Agency(),
            Vendors = [.. scenario.Vendors.Select(v => Vendor(v.Name))],
            VendorSpecs = [.. scenario.Vendors],
            Score = r.Score,
            Breakdown = r.Breakdown,
            Metrics = r.Metrics,
            Turns = [.. turns],
            Events = AllEvents(),
            Messages = messages(),
            Rulings = rulings(),
        };
    }

    /// <summary>The decisions per seat (agency first, then vendors in scenario order) and turn, each beside the bot's suggestion.</summary>
    public IReadOnlyList<DecisionRecord> Debrief()
    {
        var order = seats.Seats.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        return [.. run.Decisions.OrderBy(d => order[d.Seat]).ThenBy(d => d.Turn).ThenBy(d => d.Week)];
    }
}
