using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Playbooks;

/// <summary>
/// Keeps the incumbent for what it permits and procures a second vendor for the categories the incumbent
/// restricts; those move to the second vendor once its readiness reaches the threshold. No termination.
/// </summary>
internal sealed class DualSourcePlaybook(StrategyParameters p) : IAgencyPlaybook
{
    private readonly int _solicitWeek = p.Int("solicit_week");
    private readonly int _evaluationWeeks = p.Int("evaluation_weeks");
    private readonly double _readiness = p.Number("cutover_readiness");
    private readonly bool _conditionalToo = p.Text("restricted") == "prohibited_and_conditional";
    private readonly Trigger _startWhen = p.Trigger("start_when");
    private readonly Trigger _cutoverWhen = p.Trigger("cutover_when");
    private readonly FailureFallback _onFailure = Procurement.FallbackOf(p);
    private Procurement? _procurement;
    private bool _moved;

    public void Decide(IAgencyView view, IAgencyActions act)
    {
        var inc = view.Incumbent;
        if (_procurement is null)
        {
            if (view.Tick < _solicitWeek || !view.Signposts.Holds(_startWhen)) return;
            var restricted = Enumerable.Range(0, view.Scenario.Categories.Count).Where(c => view.Tasks(c) && IsRestricted(view.Stance(inc, c))).ToArray();
            if (restricted.Length == 0)
            {
                _moved = true;
                _procurement = new Procurement([], _evaluationWeeks);
                act.Note("dual_source_unneeded", "the incumbent restricts no tasked category: no second source is needed");
                return;
            }
            _procurement = new Procurement(restricted, _evaluationWeeks, _onFailure);
            _procurement.Start(act);
        }
        if (_moved) return;
        _procurement.Step(view, act);
        var r = _procurement.Awarded;
        if (r < 0 || view.State(r) != KnownVendorState.Accredited || view.Readiness(r) + 1e-12 < _readiness || !view.Signposts.Holds(_cutoverWhen)) return;
        _moved = true;
        foreach (var c in _procurement.Servable)
        {
            if (!IsRestricted(view.Stance(inc, c))) continue;
            act.SetShare(r, c, 1);
            act.SetShare(inc, c, 0);
        }
    }

    private bool IsRestricted(PolicyStance s) => s == PolicyStance.Prohibited || (_conditionalToo && s == PolicyStance.Conditional);
}
