using ProcurementSim.Core.Decisions;

namespace ProcurementSim.Core.Actors;

/// <summary>
/// When a transition is complete (docs/MODEL.md §7.11): the agency routes work (a share above 0) to at least one
/// replacement; every replacement it routes work to is known accredited with readiness 1; and in every category
/// where a target was declared the incumbent's share is at most that target. Tolerance 1e-9 on shares and readiness.
/// </summary>
public static class TransitionRule
{
    private const double Tolerance = 1e-9;

    /// <summary>Whether the state the agency knows completes its transition.</summary>
    /// <param name="view">The agency's view after its decisions this week.</param>
    /// <param name="incumbentTargets">Declared incumbent share per category, NaN where none was declared.</param>
    public static bool IsComplete(IAgencyView view, IReadOnlyList<double> incumbentTargets)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(incumbentTargets);
        var s = view.Scenario;
        var routes = false;
        for (var v = 0; v < s.Vendors.Count; v++)
        {
            if (v == view.Incumbent) continue;
            var carries = false;
            for (var c = 0; c < s.Categories.Count; c++) carries |= view.Share(v, c) > Tolerance;
            if (!carries) continue;
            if (view.State(v) != KnownVendorState.Accredited || view.Readiness(v) < 1 - Tolerance) return false;
            routes = true;
        }
        if (!routes) return false;
        for (var c = 0; c < incumbentTargets.Count; c++)
        {
            var target = incumbentTargets[c];
            if (!double.IsNaN(target) && view.Share(view.Incumbent, c) > target + Tolerance) return false;
        }
        return true;
    }
}
