using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Playbooks;

/// <summary>
/// Demands all lawful uses; if the incumbent accepts, routes all tasked work to it; if it refuses or the deadline
/// passes, terminates (at once, or through the structured replacement).
/// </summary>
internal sealed class UltimatumPlaybook(StrategyParameters p) : IAgencyPlaybook
{
    private readonly int _issue = p.Int("issue_week");
    private readonly int _deadlineWeeks = p.Int("deadline_weeks");
    private readonly Trigger _startWhen = p.Trigger("start_when");
    private readonly bool _immediate = p.Text("on_refusal") == "immediate_termination";
    private readonly ReplacementTransition _transition = new(
        p.Int("evaluation_weeks"), p.Number("cutover_readiness"), p.Number("target_share"), p.Number("parallel_run_share"),
        p.Trigger("cutover_when"), Procurement.FallbackOf(p));
    private readonly ReplacementTransition _afterTermination = new(p.Int("evaluation_weeks"), 0, 1, 0);
    private bool _issued;
    private bool _settled;
    private int _deadline;

    public void Decide(IAgencyView view, IAgencyActions act)
    {
        var inc = view.Incumbent;
        if (!_issued && view.Tick >= _issue && view.Signposts.Holds(_startWhen))
        {
            _issued = true;
            _deadline = view.Tick + _deadlineWeeks;
            act.DemandAllLawfulUses(inc);
        }
        if (_issued && !_settled)
        {
            if (view.AllLawfulUsesAnswer == true)
            {
                _settled = true;
                for (var c = 0; c < view.Scenario.Categories.Count; c++)
                {
                    if (view.Tasks(c) && view.Stance(inc, c) == PolicyStance.Permitted) act.SetShare(inc, c, 1);
                }
            }
            else if (view.AllLawfulUsesAnswer == false || view.Tick >= _deadline)
            {
                _settled = true;
                if (_immediate)
                {
                    act.TerminateNow(inc);
                    _afterTermination.Start(view, act);
                }
                else
                {
                    _transition.Start(view, act);
                }
            }
        }
        _transition.Step(view, act);
        _afterTermination.Step(view, act);
    }
}
