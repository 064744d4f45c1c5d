using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Randomness;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Actors;

/// <summary>
/// A vendor (incumbent or replacement) for one run. Each tick it applies its inbox, progresses accreditation
/// and ramp-up, serves the work routed to it within its policy and capacity, and reports.
/// </summary>
public sealed class VendorActor : IVendorView
{
    private readonly ScenarioTables _tables;
    private readonly PolicyStance[] _stances;
    private readonly bool[] _nonNegotiable;
    private readonly double[] _shares;
    private readonly double[] _shadow;
    private readonly IVendorDecisions _decisions;
    private int _accreditationLeft;
    private int _accreditationPause;
    private int _pendingDelay;
    private int _weeksAccredited;
    private int _noticeEffective = -1;
    private int _clarificationUntil = -1;
    private double _price;
    private double _lastReadiness;
    private bool _servingInputsChanged = true;
    private bool _servedPaused;
    private double _servedCapacity;
    private double _servedQuality;

    /// <summary>Creates vendor <paramref name="index"/> of the scenario, at tick 0.</summary>
    public VendorActor(Scenario scenario, int index, ulong seed, int run, IVendorDecisions? decisions = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        Index = index;
        Spec = scenario.Vendors[index];
        Id = ActorIds.Vendor(index);
        _tables = ScenarioTables.Of(scenario);
        Random = new RandomStream(seed, run, _tables.VendorStreamKeys[index]);
        _decisions = decisions ?? VendorBot.Instance;
        var n = scenario.Categories.Count;
        _stances = (PolicyStance[])_tables.Stances[index].Clone();
        _nonNegotiable = (bool[])_tables.NonNegotiable[index].Clone();
        _shares = new double[n];
        _shadow = new double[n];
        Quality = Spec.Quality;
        Trust = Spec.Trust;
        _price = Spec.Price;
        if (Spec.Role == VendorRole.Incumbent)
        {
            Status = VendorStatus.Active;
            _shares = ContractStart.IncumbentShares(scenario);
        }
        else
        {
            Status = VendorStatus.Idle;
        }
        Outbox = new Outbox(Id);
        Report = new VendorTickReport(n);
    }

    /// <inheritdoc />
    public Scenario Scenario { get; }
    /// <inheritdoc />
    public VendorSpec Spec { get; }
    /// <summary>Index in the scenario's vendor list.</summary>
    public int Index { get; }
    /// <summary>Actor id.</summary>
    public int Id { get; }
    /// <inheritdoc />
    public RandomStream Random { get; }
    /// <inheritdoc />
    public IReadOnlyList<PolicyStance> Stances => _stances;
    /// <inheritdoc />
    public IReadOnlyList<bool> NonNegotiable => _nonNegotiable;
    /// <inheritdoc />
    public double Trust { get; private set; }
    /// <summary>Current quality.</summary>
    public double Quality { get; private set; }
    /// <summary>Current status.</summary>
    public VendorStatus Status { get; private set; }
    /// <summary>What it sends this tick.</summary>
    public Outbox Outbox { get; }
    /// <summary>What it did this tick.</summary>
    public VendorTickReport Report { get; }
    /// <summary>Its events this tick.</summary>
    public EventLog Events { get; } = new();

    /// <summary>Share of full capacity it can serve: 1 for an active vendor, the ramp for an accredited one, else 0.</summary>
    public double Readiness => Status switch
    {
        VendorStatus.Active => 1,
        VendorStatus.Accredited => Math.Min(1.0, (double)_weeksAccredited / Spec.Replacement!.RampUpWeeks),
        _ => 0,
    };

    /// <summary>Plays one tick: <paramref name="inbox"/> must be in canonical order.</summary>
    public void Step(int tick, ReadOnlySpan<Envelope> inbox)
    {
        Outbox.Clear();
        Events.Clear();
        // Only a message (or the end of the contract) changes the stances, shares or price the week's work is served under.
        if (inbox.Length > 0) _servingInputsChanged = true;
        foreach (var m in inbox) Apply(tick, m.Body);
        if (_noticeEffective >= 0 && tick >= _noticeEffective && Status != VendorStatus.Terminated) End(tick, "notice period over");
        Progress(tick);
        Serve(tick);
        Report.Trust = Trust;
        Report.Status = Status;
        var readiness = Readiness;
        if (Spec.Role == VendorRole.Replacement && Status == VendorStatus.Accredited && readiness != _lastReadiness)
        {
            Outbox.Send(ActorIds.Agency, new ReadinessReport(readiness));
        }
        _lastReadiness = readiness;
    }

    private bool PausedConditional(int tick) => tick < _clarificationUntil;

    /// <summary>
    /// Serves the week's work into <see cref="Report"/>, unless nothing it depends on changed since last week: then the
    /// report already holds this week's numbers (<see cref="VendorTickReport.SameAsLastWeek"/>).
    /// </summary>
    private void Serve(int tick)
    {
        var paused = PausedConditional(tick);
        var capacity = VendorServing.Capacity(this);
        var same = !_servingInputsChanged && paused == _servedPaused && capacity == _servedCapacity && Quality == _servedQuality;
        Report.SameAsLastWeek = same;
        if (same) return;
        VendorServing.Serve(this, _tables, _stances, _shares, _shadow, _price, paused, capacity, Report);
        (_servingInputsChanged, _servedPaused, _servedCapacity, _servedQuality) = (false, paused, capacity, Quality);
    }

    private void Apply(int tick, ActorMessage message)
    {
        switch (message)
        {
            case InjectNotice inject: ApplyInject(tick, inject); break;
            case Tasking t: ApplyTasking(t); break;
            case TermsProposal p: Answer(tick, p); break;
            case SolicitationIssued s: OnSolicitation(tick, s); break;
            case ContractAwarded a: OnAward(tick, a); break;
            case TerminationNotice n:
                if (_noticeEffective < 0) LoseTrust(ModelConstants.TrustLossTermination);
                _noticeEffective = n.EffectiveTick; // a later notice (after a legal challenge) moves the date
                break;
            case ComplianceIncident i: OnIncident(tick, i); break;
            default: break;
        }
    }

    private void ApplyTasking(Tasking t)
    {
        double before = 0, after = 0;
        for (var c = 0; c < _shares.Length; c++)
        {
            if (_stances[c] == PolicyStance.Prohibited) continue; // no longer asking for refused work is no cut
            var d = _tables.Demand[c];
            before += _shares[c] * d;
            after += t.Shares[c] * d;
        }
        if (Spec.Role == VendorRole.Incumbent && _noticeEffective < 0 && after < before - 1e-9) LoseTrust(ModelConstants.TrustLossReduction);
        if (Status == VendorStatus.Terminated) return;
        Array.Copy(t.Shares, _shares, _shares.Length);
        Array.Copy(t.ShadowShares, _shadow, _shadow.Length);
    }

    private void Answer(int tick, TermsProposal p)
    {
        var answer = _decisions.AnswerTerms(this, p, tick);
        foreach (var c in answer.Accepted)
        {
            if (!_nonNegotiable[c]) _stances[c] = PolicyStance.Permitted;
        }
        if (p.AllLawfulUses) LoseTrust(TrustLoss(answer.UltimatumAnswer));
        else Trust = Math.Min(1, Trust + ModelConstants.TrustGainNegotiation);
        Outbox.Send(ActorIds.Agency, new TermsResponse(p.Round, answer.Accepted, answer.AllLawfulUses));
        var what = !p.AllLawfulUses ? $"permits {answer.Accepted.Length} of {p.Categories.Length} requested categories"
            : answer.UltimatumAnswer switch
            {
                UltimatumAnswer.Accepted => "accepts all lawful uses",
                UltimatumAnswer.Partial => $"accepts all lawful uses except its red lines (now permits {Names(answer.Accepted)}; keeps {Names(AllLawfulUses.RedLines(Scenario, _stances, _nonNegotiable))})",
                _ => "refuses all lawful uses",
            };
        Events.Add(tick, "terms_answered", Spec.Name, "agency", $"{Spec.Name} {what}", p.AllLawfulUses || answer.Accepted.Length > 0);
    }

    /// <summary>An ultimatum costs trust by how it ends: a refusal keeps the standoff, a partial or full acceptance settles part or all of it.</summary>
    private static double TrustLoss(UltimatumAnswer answer) => answer switch
    {
        UltimatumAnswer.Accepted => ModelConstants.TrustLossUltimatumAccepted,
        UltimatumAnswer.Partial => ModelConstants.TrustLossUltimatumPartial,
        _ => ModelConstants.TrustLossUltimatum,
    };

    // Sorted by name, so that the sentence does not depend on the order the file lists categories in.
    private string Names(IEnumerable<int> categories) =>
        string.Join(", ", categories.Select(c => Scenario.Categories[c].Name).Order(StringComparer.Ordinal));

    private void OnSolicitation(int tick, SolicitationIssued s)
    {
        if (Spec.Role == VendorRole.Incumbent)
        {
            LoseTrust(ModelConstants.TrustLossSolicitation);
            return;
        }
        if (Status != VendorStatus.Idle || !_decisions.WillBid(this, s, tick)) return;
        var r = Spec.Replacement!;
        var flexible = s.AllLawfulUses && r.AcceptsAllLawfulUses;
        var servable = s.Categories.Where(c => _stances[c] != PolicyStance.Prohibited || (flexible && !_nonNegotiable[c])).ToArray();
        Outbox.Send(ActorIds.Agency, new BidSubmitted(s.Id, Spec.Price * (1 + r.BidMarkup), Quality, flexible, servable));
        Events.Add(tick, "bid_submitted", Spec.Name, "agency", $"{Spec.Name} bids on solicitation {s.Id}", false);
    }

    private void OnAward(int tick, ContractAwarded a)
    {
        if (Status != VendorStatus.Idle) return;
        _price = a.Price;
        if (a.AllLawfulUses && Spec.Replacement!.AcceptsAllLawfulUses)
        {
            foreach (var c in AllLawfulUses.RestrictedCategories(Scenario, _stances))
            {
                if (!_nonNegotiable[c]) _stances[c] = PolicyStance.Permitted;
            }
        }
        Status = VendorStatus.Accrediting;
        _accreditationLeft = Spec.Replacement!.AccreditationWeeks + _pendingDelay;
        Events.Add(tick, "accreditation_started", Spec.Name, Spec.Name, $"{Spec.Name} starts accreditation ({_accreditationLeft} weeks)", false);
    }

    private void OnIncident(int tick, ComplianceIncident i)
    {
        if (!i.Breach) return; // a use the vendor permits is no concern of its policy
        LoseTrust(ModelConstants.TrustLossIncident * Spec.ReputationSensitivity);
        if (Spec.ReputationSensitivity >= ModelConstants.ClarificationSensitivity) SeekClarification(tick, ModelConstants.ClarificationPauseWeeks, key: true);
    }

    private void SeekClarification(int tick, int weeks, bool key)
    {
        _clarificationUntil = Math.Max(_clarificationUntil, tick + weeks);
        Outbox.Send(ActorIds.Agency, new ClarificationRequested(weeks));
        Events.Add(tick, "clarification_requested", Spec.Name, "integrator",
            $"{Spec.Name} asks the integrator for clarification and pauses conditional work for {weeks} weeks", key);
    }

    private void ApplyInject(int tick, InjectNotice inject)
    {
        switch (inject.Kind)
        {
            case InjectKind.PublicReport: LoseTrust(ModelConstants.TrustLossIncident * Spec.ReputationSensitivity); break;
            case InjectKind.ClarificationRequest:
                LoseTrust(inject.Magnitude);
                SeekClarification(tick, inject.Weeks, key: false); // the inject's own event already says so
                break;
            case InjectKind.SecurityIncident:
                Quality = Math.Max(0, Quality - inject.Magnitude);
                if (Status == VendorStatus.Accrediting) _accreditationPause += inject.Weeks;
                break;
            case InjectKind.NewModelGeneration: Quality = Math.Min(1, Quality + inject.Magnitude); break;
            case InjectKind.AccreditationDelay:
                if (Status == VendorStatus.Accrediting) _accreditationLeft += inject.Weeks;
                else if (Status == VendorStatus.Idle) _pendingDelay += inject.Weeks;
                break;
            default: break;
        }
    }

    private void Progress(int tick)
    {
        if (Status == VendorStatus.Accredited) _weeksAccredited++;
        if (Status != VendorStatus.Accrediting) return;
        if (_accreditationPause > 0)
        {
            _accreditationPause--;
            return;
        }
        if (--_accreditationLeft > 0) return;
        var failed = Random.Chance(Spec.Replacement!.AccreditationFailureProbability, Purposes.Accreditation, tick);
        Status = failed ? VendorStatus.Failed : VendorStatus.Accredited;
        Outbox.Send(ActorIds.Agency, new AccreditationResult(!failed));
        Events.Add(tick, failed ? "accreditation_failed" : "accreditation_granted", Spec.Name, Spec.Name,
            failed ? $"{Spec.Name} fails accreditation" : $"{Spec.Name} is accredited", true);
    }

    private void End(int tick, string why)
    {
        Status = VendorStatus.Terminated;
        _servingInputsChanged = true;
        Array.Clear(_shares);
        Array.Clear(_shadow);
        Events.Add(tick, "contract_terminated", Spec.Name, Spec.Name, $"{Spec.Name}'s contract ends ({why})", true);
    }

    private void LoseTrust(double amount) => Trust = Math.Clamp(Trust - amount, 0, 1);

    /// <summary>The contract price it is paid per task unit.</summary>
    internal double ContractPrice => _price;

    /// <summary>The week its notice takes effect, or −1.</summary>
    internal int NoticeEffective => _noticeEffective;

    /// <summary>Its tasked share of each category.</summary>
    internal IReadOnlyList<double> TaskedShares => _shares;

    /// <summary>Its parallel-run (shadow) share of each category.</summary>
    internal IReadOnlyList<double> ShadowShares => _shadow;

    /// <summary>Whether conditional work is paused for a clarification at <paramref name="tick"/>.</summary>
    internal bool ClarificationPaused(int tick) => PausedConditional(tick);

    /// <summary>Wind-down cooperation factor on capacity while under notice, else 1.</summary>
    internal double Cooperation => _noticeEffective >= 0
        ? ModelConstants.WindDownCooperationFloor + ((1 - ModelConstants.WindDownCooperationFloor) * Trust)
        : 1;
}
