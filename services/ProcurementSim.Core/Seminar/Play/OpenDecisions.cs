using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Seminar.Play;

/// <summary>
/// Which decisions wait before the week about to be played: a human seat's (the agency's orders at a turn's first
/// week; a vendor's answer to terms in its inbox, or an idle replacement's bid on a solicitation), and any held one
/// whoever fills the seat, until it is made or the seat times out.
/// </summary>
internal sealed class OpenDecisions(Scenario scenario, SeatedRun run, TurnCalendar calendar, SeatTable seats, WeekInputs inputs)
{
    /// <summary>Every open decision, the agency's first, then the vendors' in scenario and inbox order.</summary>
    public IReadOnlyList<PendingDecision> List()
    {
        var list = new List<PendingDecision>();
        if (run.Finished) return list;
        var w = run.Week;
        if (((Open(SeatIds.Agency) && calendar.IsTurnStart(w)) || Held(SeatIds.Agency, PendingDecisionKind.AgencyOrders, 0))
            && !inputs.HasMove(DecisionKey.AgencyOrders))
            list.Add(new PendingDecision(SeatIds.Agency, w, PendingDecisionKind.AgencyOrders, 0, [], false));
        for (var v = 0; v < scenario.Vendors.Count; v++)
        {
            var seat = scenario.Vendors[v].Name;
            var open = Open(seat);
            if (!open && !inputs.HoldsAny(w, seat)) continue;
            var vendor = run.Engine.Vendors[v];
            foreach (var m in run.Engine.InboxOf(ActorIds.Vendor(v)))
            {
                switch (m.Body)
                {
                    case TermsProposal p when (open || Held(seat, PendingDecisionKind.AnswerTerms, p.Round))
                                              && !inputs.HasMove(new(seat, PendingDecisionKind.AnswerTerms, p.Round)):
                        list.Add(new PendingDecision(seat, w, PendingDecisionKind.AnswerTerms, p.Round, Names.Of(scenario, p.Categories), p.AllLawfulUses));
                        break;
                    // The vendor is asked only when it is an idle replacement (VendorActor.OnSolicitation).
                    case SolicitationIssued o when vendor.Spec.Role == VendorRole.Replacement && vendor.Status == VendorStatus.Idle
                                                   && (open || Held(seat, PendingDecisionKind.BidOrNot, o.Id))
                                                   && !inputs.HasMove(new(seat, PendingDecisionKind.BidOrNot, o.Id)):
                        list.Add(new PendingDecision(seat, w, PendingDecisionKind.BidOrNot, o.Id, Names.Of(scenario, o.Categories), o.AllLawfulUses));
                        break;
                    default: break;
                }
            }
        }
        return list;
    }

    private bool Open(string seat) => seats.KindOf(seat) == SeatKind.Human && !inputs.TimedOut(seat);

    // A held decision is open whoever fills the seat, until it is made or the seat times out.
    private bool Held(string seat, PendingDecisionKind kind, int number) =>
        !inputs.TimedOut(seat) && inputs.IsHeld(run.Week, new DecisionKey(seat, kind, number));
}
