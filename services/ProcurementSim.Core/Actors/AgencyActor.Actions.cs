using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Actors;

public sealed partial class AgencyActor : IAgencyActions
{
    private int _round;
    private int _ultimatumRound = -1;

    private string VendorName(int v) => Scenario.Vendors[v].Name;

    private bool DemandsAllLawfulUses => Scenario.Agency.DemandedClauses.Contains("all_lawful_uses");

    /// <inheritdoc />
    public void SetShare(int vendor, int category, double share) => Set(_shares, (vendor * _c) + category, Math.Clamp(share, 0, 1));

    /// <inheritdoc />
    public void SetShadow(int vendor, int category, double share) => Set(_shadow, (vendor * _c) + category, Math.Clamp(share, 0, 1));

    /// <summary>Sets a share; only a change of its bits (a playbook re-setting the same share each week is none) calls for new sums.</summary>
    private void Set(double[] shares, int i, double share)
    {
        if (BitConverter.DoubleToInt64Bits(shares[i]) == BitConverter.DoubleToInt64Bits(share)) return;
        shares[i] = share;
        _taskingInputsChanged = true;
        _transitionInputsChanged = true;
    }

    /// <inheritdoc />
    public void ProposeCarveOut(int vendor, int[] categories)
    {
        Outbox.Send(ActorIds.Vendor(vendor), new TermsProposal(++_round, categories, false));
        Events.Add(Tick, "carve_out_proposed", "agency", VendorName(vendor),
            $"the agency asks {VendorName(vendor)} to permit {categories.Length} conditional categories (round {_round})", true);
    }

    /// <inheritdoc />
    public void DemandAllLawfulUses(int vendor)
    {
        _ultimatumRound = ++_round;
        AllLawfulUsesAnswer = null;
        Outbox.Send(ActorIds.Vendor(vendor), new TermsProposal(_round, [], true));
        AddRisk(ModelConstants.RiskUltimatum);
        Events.Add(Tick, "ultimatum_issued", "agency", VendorName(vendor), $"the agency demands that {VendorName(vendor)} accept all lawful uses", true);
    }

    /// <inheritdoc />
    public int Solicit(int[] categories)
    {
        _bids.Clear();
        BeginTransition("a solicitation");
        var id = ++_solicitations;
        for (var v = 0; v < _v; v++) Outbox.Send(ActorIds.Vendor(v), new SolicitationIssued(id, categories, DemandsAllLawfulUses));
        Events.Add(Tick, "solicitation_issued", "agency", "", $"the agency issues solicitation {id} for {categories.Length} categories", true);
        return id;
    }

    /// <inheritdoc />
    public void Award(ReceivedBid bid)
    {
        ArgumentNullException.ThrowIfNull(bid);
        AwardAt(bid.Vendor, bid.Price, bid.AcceptsAllLawfulUses);
    }

    /// <inheritdoc />
    public void AwardDirect(int vendor)
    {
        var spec = Scenario.Vendors[vendor];
        var r = spec.Replacement ?? throw new InvalidOperationException($"{spec.Name} is not a replacement vendor");
        AwardAt(vendor, spec.Price * (1 + r.BidMarkup), DemandsAllLawfulUses && r.AcceptsAllLawfulUses);
    }

    private void AwardAt(int vendor, double price, bool allLawfulUses)
    {
        if (_state[vendor] != KnownVendorState.Idle) return;
        var spec = Scenario.Vendors[vendor];
        _lastAwarded = vendor;
        BeginTransition($"an award to {spec.Name}");
        _price[vendor] = price;
        _taskingInputsChanged = true; // the price, and perhaps the stances
        _state[vendor] = KnownVendorState.Awarded;
        _transitionInputsChanged = true;
        if (allLawfulUses)
        {
            for (var c = 0; c < _c; c++)
            {
                var nonNegotiable = spec.Policy.TryGetValue(Scenario.Categories[c].Name, out var clause) && clause.NonNegotiable;
                if (Scenario.Categories[c].LegalStatus != LegalStatus.Unlawful && !nonNegotiable) _stances[(vendor * _c) + c] = PolicyStance.Permitted;
            }
        }
        Report.SwitchingCost += spec.Replacement!.SwitchingCost;
        Outbox.Send(ActorIds.Vendor(vendor), new ContractAwarded(price, allLawfulUses));
        Events.Add(Tick, "contract_awarded", "agency", spec.Name,
            $"the agency awards {spec.Name} a contract at {price:0.##} per task unit{(allLawfulUses ? " on all lawful uses" : "")}", true);
    }

    /// <inheritdoc />
    public void GiveNotice(int vendor)
    {
        if (_state[vendor] is KnownVendorState.Terminated or KnownVendorState.UnderNotice) return;
        if (vendor == Incumbent) BeginTransition($"notice to {VendorName(vendor)}");
        var contract = Scenario.Agency.Contract;
        var effective = Tick + Math.Max(1, contract.NoticeWeeks);
        _noticeEffective[vendor] = effective;
        _state[vendor] = KnownVendorState.UnderNotice;
        _transitionInputsChanged = true;
        Report.TerminationFees += contract.TerminationFee;
        Outbox.Send(ActorIds.Vendor(vendor), new TerminationNotice(effective));
        Events.Add(Tick, "termination_notice", "agency", VendorName(vendor),
            $"the agency gives {VendorName(vendor)} notice: the contract ends in week {effective}", true);
    }

    /// <inheritdoc />
    public void TerminateNow(int vendor)
    {
        if (_state[vendor] == KnownVendorState.Terminated) return;
        if (vendor == Incumbent) BeginTransition($"terminating {VendorName(vendor)}");
        var contract = Scenario.Agency.Contract;
        double weekly = 0;
        for (var c = 0; c < _c; c++) weekly += _sent[(vendor * _c) + c] * _demand[c] * _price[vendor];
        var inLieu = weekly * contract.NoticeWeeks;
        Report.TerminationFees += contract.TerminationFee + inLieu;
        _noticeEffective[vendor] = Tick + 1;
        _state[vendor] = KnownVendorState.Terminated;
        _transitionInputsChanged = true;
        for (var c = 0; c < _c; c++)
        {
            _shares[(vendor * _c) + c] = 0;
            _shadow[(vendor * _c) + c] = 0;
        }
        _taskingInputsChanged = true;
        AddRisk(ModelConstants.RiskImmediateTermination);
        Outbox.Send(ActorIds.Vendor(vendor), new TerminationNotice(Tick + 1));
        Events.Add(Tick, "terminated_immediately", "agency", VendorName(vendor),
            $"the agency terminates {VendorName(vendor)} at once, paying {contract.TerminationFee + inLieu:0} in fees and in lieu of notice", true);
    }

    /// <inheritdoc />
    public void SetTransitionTarget(int category, double incumbentShare)
    {
        TransitionTargets[category] = Math.Clamp(incumbentShare, 0, 1);
        _transitionInputsChanged = true;
    }

    /// <inheritdoc />
    public void Note(string kind, string detail) => Events.Add(Tick, kind, "agency", "", detail, true);
}
