using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Playbooks;

/// <summary>
/// Demands all lawful uses; if the incumbent accepts, routes all tasked work to it; if it refuses or the deadline
/// passes, terminates (at once, or through the structured replacement). A partial acceptance (conditional categories
/// permitted, red lines kept) is, with <c>on_partial: accept</c>, settled like a dual source: the incumbent keeps
/// everything it permits and a second vendor is procured for the tasked red-line categories only; with
/// <c>on_partial: replace</c> it is a refusal.
/// </summary>
internal sealed class UltimatumPlaybook(StrategyParameters p) : IAgencyPlaybook
{
    private readonly int _issue = p.Int("issue_week");
    private readonly int _deadlineWeeks = p.Int("deadline_weeks");
    private readonly Trigger _startWhen = p.Trigger("start_when");
    private readonly bool _immediate = p.Text("on_refusal") == "immediate_termination";
    private readonly bool _keepOnPartial = p.Text("on_partial") == "accept";
    private readonly int _evaluationWeeks = p.Int("evaluation_weeks");
    private readonly double _cutoverReadiness = p.Number("cutover_readiness");
    private readonly ReplacementTransition _transition = new(
        p.Int("evaluation_weeks"), p.Number("cutover_readiness"), p.Number("target_share"), p.Number("parallel_run_share"),
        p.Trigger("cutover_when"), Procurement.FallbackOf(p));
    private readonly ReplacementTransition _afterTermination = new(p.Int("evaluation_weeks"), 0, 1, 0);
    private Procurement? _redLineSource;
    private bool _redLinesMoved;
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
            var answer = view.AllLawfulUsesAnswer;
            if (answer == UltimatumAnswer.Accepted)
            {
                _settled = true;
                KeepWhatItPermits(view, act);
            }
            else if (answer == UltimatumAnswer.Partial && _keepOnPartial)
            {
                _settled = true;
                KeepWhatItPermits(view, act);
                StartRedLineSource(view, act);
            }
            else if (answer is not null || view.Tick >= _deadline)
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
        StepRedLineSource(view, act);
    }

    private static void KeepWhatItPermits(IAgencyView view, IAgencyActions act)
    {
        var inc = view.Incumbent;
        for (var c = 0; c < view.Scenario.Categories.Count; c++)
        {
            if (view.Tasks(c) && view.Stance(inc, c) == PolicyStance.Permitted) act.SetShare(inc, c, 1);
        }
    }

    /// <summary>Solicits a second vendor for the tasked categories the incumbent still prohibits (its red lines).</summary>
    private void StartRedLineSource(IAgencyView view, IAgencyActions act)
    {
        var inc = view.Incumbent;
        var redLines = Enumerable.Range(0, view.Scenario.Categories.Count)
            .Where(c => view.Tasks(c) && view.Stance(inc, c) == PolicyStance.Prohibited).ToArray();
        if (redLines.Length == 0)
        {
            _redLinesMoved = true;
            act.Note("second_source_unneeded", "the incumbent's red lines cover no tasked category: no second source is needed");
            return;
        }
        _redLineSource = new Procurement(redLines, _evaluationWeeks);
        _redLineSource.Start(act);
    }

    /// <summary>Once the second vendor's readiness reaches the threshold, the red-line categories it can serve move to it.</summary>
    private void StepRedLineSource(IAgencyView view, IAgencyActions act)
    {
        if (_redLineSource is null || _redLinesMoved) return;
        _redLineSource.Step(view, act);
        var r = _redLineSource.Awarded;
        if (r < 0 || view.State(r) != KnownVendorState.Accredited || view.Readiness(r) + 1e-12 < _cutoverReadiness) return;
        _redLinesMoved = true;
        var inc = view.Incumbent;
        foreach (var c in _redLineSource.Servable)
        {
            if (view.Stance(inc, c) != PolicyStance.Prohibited) continue;
            act.SetShare(r, c, 1);
            act.SetShare(inc, c, 0);
        }
    }
}
