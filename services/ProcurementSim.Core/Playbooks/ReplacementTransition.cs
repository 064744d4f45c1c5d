using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Playbooks;

/// <summary>
/// The structured replacement after the decision: procurement, then a parallel run (the replacement shadows part
/// of the incumbent's work) once accredited, cutover when its readiness reaches the threshold and the cutover trigger
/// holds, and notice to the incumbent when the replacement takes the whole of what it can serve.
/// </summary>
internal sealed class ReplacementTransition(
    int evaluationWeeks, double cutoverReadiness, double targetShare, double parallelShare,
    Trigger? cutoverWhen = null, FailureFallback onFailure = FailureFallback.NextBid)
{
    private readonly Trigger _cutoverWhen = cutoverWhen ?? Trigger.Always;
    private Procurement? _procurement;
    private bool _cutOver;

    public bool Started => _procurement is not null;

    public void Start(IAgencyView view, IAgencyActions act)
    {
        _procurement = new Procurement(Procurement.TaskedCategories(view), evaluationWeeks, onFailure);
        _procurement.Start(act);
    }

    public void Step(IAgencyView view, IAgencyActions act)
    {
        if (_procurement is null || _cutOver) return;
        _procurement.Step(view, act);
        var r = _procurement.Awarded;
        if (r < 0 || view.State(r) != KnownVendorState.Accredited) return;
        var inc = view.Incumbent;
        if (view.Readiness(r) + 1e-12 < cutoverReadiness || !view.Signposts.Holds(_cutoverWhen))
        {
            foreach (var c in _procurement.Servable) act.SetShadow(r, c, parallelShare * view.Share(inc, c));
            return;
        }
        _cutOver = true;
        foreach (var c in _procurement.Servable)
        {
            act.SetShadow(r, c, 0);
            act.SetShare(r, c, targetShare);
            act.SetShare(inc, c, 1 - targetShare);
        }
        if (targetShare >= 1 && view.State(inc) is KnownVendorState.Active) act.GiveNotice(inc);
    }
}
