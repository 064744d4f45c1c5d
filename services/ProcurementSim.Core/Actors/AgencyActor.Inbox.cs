using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Actors;

public sealed partial class AgencyActor
{
    private void Apply(int tick, Envelope m)
    {
        var v = m.From >= 2 ? ActorIds.VendorIndex(m.From) : -1;
        switch (m.Body)
        {
            case InjectNotice inject: ApplyInject(tick, inject); break;
            case TermsResponse r:
                foreach (var c in r.Accepted) _stances[(v * _c) + c] = PolicyStance.Permitted;
                _taskingInputsChanged = true; // the stances weigh in the reputational risk
                if (r.Round == _ultimatumRound) AllLawfulUsesAnswer = r.UltimatumAnswer;
                break;
            case BidSubmitted b:
                if (b.SolicitationId == _solicitations) _bids.Add(new ReceivedBid(v, tick, b.Price, b.Quality, b.AcceptsAllLawfulUses, b.Servable));
                break;
            case AccreditationResult a:
                _state[v] = a.Granted ? KnownVendorState.Accredited : KnownVendorState.Failed;
                _transitionInputsChanged = true;
                if (!a.Granted) _accreditationFailuresSeen++;
                break;
            case ReadinessReport r:
                _readiness[v] = r.Readiness;
                _transitionInputsChanged = true;
                break;
            case ClarificationRequested: _clarificationsSeen++; break; // logged by the vendor; the pause shows in its service
            default: break;
        }
    }

    private void ApplyInject(int tick, InjectNotice inject)
    {
        switch (inject.Kind)
        {
            case InjectKind.PublicReport:
                _publicReportsSeen++;
                AddRisk(inject.Magnitude);
                break;
            case InjectKind.OversightInquiry:
                AddRisk(inject.Magnitude);
                break;
            case InjectKind.BudgetShock:
                _budget *= 1 - inject.Magnitude;
                _taskingInputsChanged = true;
                break;
            case InjectKind.LegalChallenge:
                var inc = Incumbent;
                if (_state[inc] is KnownVendorState.UnderNotice or KnownVendorState.Terminated)
                {
                    Report.TerminationFees += inject.Magnitude;
                    if (_noticeEffective[inc] > tick)
                    {
                        _noticeEffective[inc] += inject.Weeks;
                        Outbox.Send(ActorIds.Vendor(inc), new TerminationNotice(_noticeEffective[inc]));
                    }
                    Events.Add(tick, "legal_challenge", "orchestrator", Scenario.Vendors[inc].Name,
                        $"a legal challenge to {Scenario.Vendors[inc].Name}'s termination costs {inject.Magnitude:0} and delays it by {inject.Weeks} weeks", true);
                }
                break;
            default: break;
        }
    }
}
