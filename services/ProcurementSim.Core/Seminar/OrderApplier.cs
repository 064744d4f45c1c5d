using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// Applies a validated <see cref="AgencyMove"/> through the agency's action vocabulary, in order. The orders
/// <c>mark_transition_start</c> and <c>mark_transition_complete</c> of games stored before the model defined the
/// transition itself (docs/MODEL.md §7.11) are read and change nothing.
/// </summary>
internal static class OrderApplier
{
    public static void Apply(AgencyMove move, IAgencyView view, IAgencyActions act)
    {
        var s = view.Scenario;
        foreach (var order in move.Orders)
        {
            switch (order)
            {
                case SetShareOrder o: act.SetShare(Names.Vendor(s, o.Vendor), Names.Category(s, o.Category), o.Share); break;
                case SetShadowOrder o: act.SetShadow(Names.Vendor(s, o.Vendor), Names.Category(s, o.Category), o.Share); break;
                case ProposeCarveOutOrder o: act.ProposeCarveOut(Names.Vendor(s, o.Vendor), Names.Categories(s, o.Categories)); break;
                case DemandAllLawfulUsesOrder o: act.DemandAllLawfulUses(Names.Vendor(s, o.Vendor)); break;
                case SolicitOrder o: act.Solicit(Names.Categories(s, o.Categories)); break;
                case AwardOrder o:
                    var v = Names.Vendor(s, o.Vendor);
                    // Validation made sure the bid is there; a solicitation earlier in the same move is refused.
                    if (view.Bids.FirstOrDefault(b => b.Vendor == v) is { } bid) act.Award(bid);
                    break;
                case AwardDirectOrder o: act.AwardDirect(Names.Vendor(s, o.Vendor)); break;
                case GiveNoticeOrder o: act.GiveNotice(Names.Vendor(s, o.Vendor)); break;
                case TerminateNowOrder o: act.TerminateNow(Names.Vendor(s, o.Vendor)); break;
                case SetTransitionTargetOrder o: act.SetTransitionTarget(Names.Category(s, o.Category), o.IncumbentShare); break;
                case MarkTransitionStartOrder or MarkTransitionCompleteOrder: break;
                case NoteOrder o: act.Note(o.Kind, o.Detail); break;
                default: throw new InvalidOperationException($"unknown order {order.GetType().Name}");
            }
        }
    }
}
