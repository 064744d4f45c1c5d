using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Playbooks;

/// <summary>Terminates the incumbent at once, then (optionally) procures a replacement and moves all work to it on accreditation.</summary>
internal sealed class ImmediateTerminationPlaybook(StrategyParameters p) : IAgencyPlaybook
{
    private readonly int _week = p.Int("week");
    private readonly Trigger _startWhen = p.Trigger("start_when");
    private readonly bool _replace = p.Text("then") == "structured_replacement";
    private readonly ReplacementTransition _transition = new(p.Int("evaluation_weeks"), 0, 1, 0);
    private bool _done;

    public void Decide(IAgencyView view, IAgencyActions act)
    {
        if (!_done && view.Tick >= _week && view.Signposts.Holds(_startWhen))
        {
            _done = true;
            act.TerminateNow(view.Incumbent);
            if (_replace) _transition.Start(view, act);
        }
        _transition.Step(view, act);
    }
}
