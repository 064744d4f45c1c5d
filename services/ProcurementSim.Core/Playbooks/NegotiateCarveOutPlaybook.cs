using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Playbooks;

/// <summary>
/// Accepts the incumbent's red lines (stops routing work to the categories it prohibits) and, in rounds, asks it
/// to permit its conditional categories.
/// </summary>
internal sealed class NegotiateCarveOutPlaybook(StrategyParameters p) : IAgencyPlaybook
{
    private readonly int _start = p.Int("start_week");
    private readonly int _rounds = p.Int("rounds");
    private readonly int _interval = p.Int("round_interval_weeks");
    private readonly Trigger _startWhen = p.Trigger("start_when");
    private int _first = -1; // the week of the first round, once start_when held
    private int _held;

    public void Decide(IAgencyView view, IAgencyActions act)
    {
        var t = view.Tick;
        if (_first < 0)
        {
            if (t < _start || !view.Signposts.Holds(_startWhen)) return;
            _first = t;
        }
        if (_held >= _rounds || (t - _first) % _interval != 0) return;
        var inc = view.Incumbent;
        if (_held == 0)
        {
            for (var c = 0; c < view.Scenario.Categories.Count; c++)
            {
                if (view.Stance(inc, c) == PolicyStance.Prohibited && view.Share(inc, c) > 0) act.SetShare(inc, c, 0);
            }
            act.Note("red_lines_accepted", "the agency accepts the incumbent's red lines and stops routing work to the categories it prohibits");
        }
        var open = Enumerable.Range(0, view.Scenario.Categories.Count)
            .Where(c => view.Tasks(c) && view.Stance(inc, c) == PolicyStance.Conditional)
            .ToArray();
        _held++;
        if (open.Length > 0) act.ProposeCarveOut(inc, open);
    }
}
