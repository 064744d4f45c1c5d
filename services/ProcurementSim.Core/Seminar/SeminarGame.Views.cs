using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Views;

namespace ProcurementSim.Core.Seminar;

public sealed partial class SeminarGame
{
    /// <summary>Every event so far: the recorded weeks, plus this week's injects and the agency's events of this week so far.</summary>
    private List<SimEvent> AllEvents()
    {
        var all = new List<SimEvent>(_engine.Recorder.Events);
        if (!Finished)
        {
            all.AddRange(_engine.FiredThisTick);
            all.AddRange(_engine.Agency.Events.Events);
        }
        return all;
    }

    /// <summary>What a seat's actor knows now (fog of war): an <see cref="AgencySeatView"/> or a <see cref="VendorSeatView"/>.</summary>
    public SeatView ViewFor(string seat)
    {
        if (!_seats.ContainsKey(seat ?? "")) throw new ArgumentException(UnknownSeat(seat), nameof(seat));
        return seat == SeatIds.Agency ? AgencyView() : VendorView(seat!);
    }

    /// <summary>What the agency knows now.</summary>
    public AgencySeatView AgencyView()
    {
        var a = _engine.Agency;
        var last = _engine.Recorder.LastTick;
        var n = _s.Categories.Count;
        return new AgencySeatView
        {
            Seat = SeatIds.Agency,
            Kind = _seats[SeatIds.Agency],
            Week = Week,
            Turn = Turn,
            TotalTurns = TotalTurns,
            Finished = Finished,
            Pending = [.. Pending().Where(p => p.Seat == SeatIds.Agency)],
            Events = [.. AllEvents().Where(e => EventVisibility.Sees(SeatIds.Agency, e))],
            WeeklyBudget = a.Budget,
            ReputationalRisk = a.Risk,
            MissionCapabilityLastWeek = last?.MissionCapability ?? 0,
            SpendLastWeek = last?.Spend ?? 0,
            CumulativeCost = last?.CumulativeCost ?? 0,
            Categories = [.. _s.Categories.Select((c, i) => new CategoryView
            {
                Name = c.Name, Demand = c.Demand, Criticality = c.Criticality, LegalStatus = c.LegalStatus, Tasked = a.Tasks(i),
                CapabilityLastWeek = last?.CapabilityByCategory[i] ?? 0,
            })],
            Vendors = [.. _s.Vendors.Select((spec, v) => new KnownVendorView
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
                Vendor = _s.Vendors[b.Vendor].Name, Week = b.Tick, Price = b.Price, Quality = b.Quality,
                AcceptsAllLawfulUses = b.AcceptsAllLawfulUses, Servable = Names.Of(_s, b.Servable),
            })],
            AllLawfulUsesAnswer = a.AllLawfulUsesAnswer,
        };
    }

    /// <summary>What vendor <paramref name="name"/> knows now.</summary>
    public VendorSeatView VendorView(string name)
    {
        var v = Names.Vendor(_s, name ?? "");
        if (v < 0) throw new ArgumentException($"there is no vendor named '{name}'", nameof(name));
        var actor = _engine.Vendors[v];
        var inbox = Finished ? [] : _engine.InboxOf(Messages.ActorIds.Vendor(v));
        var report = actor.Report;
        return new VendorSeatView
        {
            Seat = name!,
            Kind = _seats[name!],
            Week = Week,
            Turn = Turn,
            TotalTurns = TotalTurns,
            Finished = Finished,
            Pending = [.. Pending().Where(p => p.Seat == name)],
            Events = [.. AllEvents().Where(e => EventVisibility.Sees(name!, e))],
            Role = actor.Spec.Role,
            Status = actor.Status,
            Trust = actor.Trust,
            Quality = actor.Quality,
            Capacity = actor.Spec.Capacity,
            ListPrice = actor.Spec.Price,
            ContractPrice = actor.ContractPrice,
            Readiness = actor.Readiness,
            NoticeEffective = actor.NoticeEffective >= 0 ? actor.NoticeEffective : null,
            ClarificationPaused = actor.ClarificationPaused(Week),
            EarnedLastWeek = report.Spend + report.ShadowSpend,
            Categories = [.. _s.Categories.Select((c, i) => new VendorCategoryView
            {
                Name = c.Name, LegalStatus = c.LegalStatus, Stance = actor.Stances[i], NonNegotiable = actor.NonNegotiable[i],
                Share = actor.TaskedShares[i], ShadowShare = actor.ShadowShares[i],
                TaskedLastWeek = report.Tasked[i], ServedLastWeek = report.Served[i], RefusedLastWeek = report.Refused[i],
            })],
            Proposals = [.. inbox.Select(m => m.Body).OfType<TermsProposal>().Select(p => new ProposalView
            {
                Round = p.Round, Categories = Names.Of(_s, p.Categories), AllLawfulUses = p.AllLawfulUses,
            })],
            Solicitations = [.. inbox.Select(m => m.Body).OfType<SolicitationIssued>().Select(o => new SolicitationView
            {
                Id = o.Id, Categories = Names.Of(_s, o.Categories), AllLawfulUses = o.AllLawfulUses,
            })],
            OwnBids = [.. _ownBids[v]],
        };
    }

    /// <summary>Everything, for the facilitator: every seat's view, private parameters, all events and the running score.</summary>
    public FacilitatorView FacilitatorView()
    {
        var r = _engine.Result();
        var pending = Pending();
        return new FacilitatorView
        {
            Week = Week,
            Turn = Turn,
            TotalTurns = TotalTurns,
            Finished = Finished,
            Seats = [.. Seats.Select(s => new SeatStatus { Seat = s, Kind = _seats[s], PendingDecisions = pending.Count(p => p.Seat == s) })],
            Pending = pending,
            Agency = AgencyView(),
            Vendors = [.. _s.Vendors.Select(v => VendorView(v.Name))],
            VendorSpecs = [.. _s.Vendors],
            Score = r.Score,
            Breakdown = r.Breakdown,
            Metrics = r.Metrics,
            Turns = [.. _turns],
            Events = AllEvents(),
        };
    }

    /// <summary>
    /// The debrief's decisions: per seat (agency first, then vendors in scenario order) and turn, each decision taken
    /// beside the bot's suggestion at that moment.
    /// </summary>
    public IReadOnlyList<DecisionRecord> Debrief()
    {
        var order = Seats.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        return [.. _decisions.OrderBy(d => order[d.Seat]).ThenBy(d => d.Turn).ThenBy(d => d.Week)];
    }
}
