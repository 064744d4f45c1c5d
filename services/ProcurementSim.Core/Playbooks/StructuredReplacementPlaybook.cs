using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Playbooks;

/// <summary>Solicitation at a set week (once <c>start_when</c> holds), then the structured replacement.</summary>
internal sealed class StructuredReplacementPlaybook(StrategyParameters p) : IAgencyPlaybook
{
    private readonly int _solicitWeek = p.Int("solicit_week");
    private readonly Trigger _startWhen = p.Trigger("start_when");
    private readonly ReplacementTransition _transition = new(
        p.Int("evaluation_weeks"), p.Number("cutover_readiness"), p.Number("target_share"), p.Number("parallel_run_share"),
        p.Trigger("cutover_when"), Procurement.FallbackOf(p));

    public void Decide(IAgencyView view, IAgencyActions act)
    {
        if (!_transition.Started && view.Tick >= _solicitWeek && view.Signposts.Holds(_startWhen)) _transition.Start(view, act);
        _transition.Step(view, act);
    }
}
