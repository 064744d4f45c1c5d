using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Seminar.Moves;

namespace ProcurementSim.Core.Seminar;

/// <summary>
/// For a human agency the game records the transition's start and completion itself, the way the bots' playbooks
/// mark them, so that <c>transition_weeks</c> measures what the team did rather than what it declared (a team that
/// never declared a start would otherwise score a perfect 0). The start is the first week the agency gives an order
/// that begins to leave the incumbent: a solicitation, an award, notice to or termination of the incumbent, or a
/// lower share for it. Completion is the first week after the start in which a replacement the agency knows as
/// accredited carries work (a share above 0). An explicit <c>mark_transition_start</c> is applied as given (it can
/// only lengthen the transition); an explicit <c>mark_transition_complete</c> changes nothing for a human seat.
/// </summary>
internal static class HumanTransition
{
    /// <summary>Whether <paramref name="move"/> begins to leave the incumbent; call before the move is applied (shares change).</summary>
    public static bool Leaves(AgencyMove move, IAgencyView view) => move.Orders.Any(o => Leaves(o, view));

    /// <summary>Marks the start (when <paramref name="leaving"/>) and the completion the week's state shows; call after the week's orders.</summary>
    public static void Mark(IAgencyView view, IAgencyActions act, bool leaving, bool startedBefore)
    {
        var started = startedBefore;
        if (!started && leaving)
        {
            act.MarkTransitionStart();
            started = true;
        }

        if (started && ReplacementCarriesWork(view))
        {
            act.MarkTransitionComplete();
        }
    }

    private static bool Leaves(AgencyOrder order, IAgencyView view)
    {
        var s = view.Scenario;
        var incumbent = s.Vendors[view.Incumbent].Name;
        return order switch
        {
            SolicitOrder or AwardOrder or AwardDirectOrder => true,
            GiveNoticeOrder o => o.Vendor == incumbent,
            TerminateNowOrder o => o.Vendor == incumbent,
            SetShareOrder o => o.Vendor == incumbent && o.Share < view.Share(view.Incumbent, Names.Category(s, o.Category)),
            _ => false,
        };
    }

    private static bool ReplacementCarriesWork(IAgencyView view)
    {
        var s = view.Scenario;
        for (var v = 0; v < s.Vendors.Count; v++)
        {
            if (v == view.Incumbent || view.State(v) is not (KnownVendorState.Accredited or KnownVendorState.Active)) continue;
            for (var c = 0; c < s.Categories.Count; c++)
            {
                if (view.Share(v, c) > 0) return true;
            }
        }

        return false;
    }
}
