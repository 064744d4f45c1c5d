using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Playbooks;

/// <summary>
/// Awards the named replacement directly (at start_week, once start_when holds), then moves a step of each
/// transferable category's share from the incumbent to the replacement, down to the floor: a step waits for
/// step_when (by default until the replacement is accredited) and comes at least step_weeks after the award or
/// the last step. If accreditation fails, the cuts are undone. Transferable: tasked categories the replacement can serve.
/// </summary>
internal sealed class PhasedReductionPlaybook(StrategyParameters p, int replacement) : IAgencyPlaybook
{
    private readonly int _start = p.Int("start_week");
    private readonly double _step = p.Number("step");
    private readonly int _stepWeeks = p.Int("step_weeks");
    private readonly double _floor = p.Number("floor");
    private readonly Trigger _startWhen = p.Trigger("start_when");
    private readonly Trigger _stepWhen = p.Trigger("step_when");
    private bool _awarded;
    private bool _aborted;
    private int _lastStep; // the week of the award, then of each step
    private int[]? _transferable; // fixed once the award has set the replacement's known policy

    public void Decide(IAgencyView view, IAgencyActions act)
    {
        var t = view.Tick;
        if (_aborted) return;
        var inc = view.Incumbent;
        if (!_awarded)
        {
            if (t < _start || !view.Signposts.Holds(_startWhen)) return;
            _awarded = true;
            _lastStep = t;
            act.AwardDirect(replacement);
            foreach (var c in Transferable(view)) act.SetTransitionTarget(c, _floor);
            return;
        }
        if (view.State(replacement) == KnownVendorState.Failed)
        {
            _aborted = true;
            foreach (var c in Transferable(view))
            {
                act.SetShare(inc, c, view.Share(inc, c) + view.Share(replacement, c));
                act.SetShare(replacement, c, 0);
            }
            act.Note("reduction_aborted", "the replacement failed accreditation: the agency restores the incumbent's shares");
            return;
        }
        // With step_when = always this is the calendar of start_week + k·step_weeks.
        if (t >= _lastStep + _stepWeeks && view.Signposts.Holds(_stepWhen))
        {
            _lastStep = t;
            foreach (var c in Transferable(view))
            {
                var total = view.Share(inc, c) + view.Share(replacement, c);
                var next = Math.Max(_floor, view.Share(inc, c) - _step);
                act.SetShare(inc, c, next);
                act.SetShare(replacement, c, total - next);
            }
        }
    }

    private int[] Transferable(IAgencyView view) => _transferable ??=
        [.. Enumerable.Range(0, view.Scenario.Categories.Count).Where(c => view.Tasks(c) && Procurement.CanServe(view, replacement, c))];
}
