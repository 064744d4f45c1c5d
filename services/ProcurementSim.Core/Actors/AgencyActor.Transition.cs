namespace ProcurementSim.Core.Actors;

/// <summary>
/// The one definition of a transition, applied to every agency alike (playbooks and human seats): it starts with
/// the first order that begins to leave the incumbent — a solicitation, an award, notice to or termination of the
/// incumbent — and completes in the first week, after the agency's decisions, in which <see cref="TransitionRule"/>
/// holds. Lowering the incumbent's share alone (accepting its red line, say) is not a transition.
/// </summary>
public sealed partial class AgencyActor
{
    private double[]? _transitionTargets;

    // Whether a share, a vendor's known state or readiness, or a target changed since the rule was last checked:
    // the rule reads nothing else, so until one does it gives the same answer (no).
    private bool _transitionInputsChanged = true;

    /// <summary>The incumbent's declared target share per category, NaN where none was declared.</summary>
    private double[] TransitionTargets => _transitionTargets ??= NoTargets(_c);

    private static double[] NoTargets(int categories)
    {
        var targets = new double[categories];
        Array.Fill(targets, double.NaN);
        return targets;
    }

    private void BeginTransition(string what)
    {
        if (Report.TransitionStart >= 0) return;
        Report.TransitionStart = Tick;
        Events.Add(Tick, "transition_decided", "agency", "", $"the agency starts its transition away from the incumbent ({what})", true);
    }

    private void CheckTransitionComplete()
    {
        if (Report.TransitionStart < 0 || Report.TransitionComplete >= 0 || !_transitionInputsChanged) return;
        _transitionInputsChanged = false;
        if (!TransitionRule.IsComplete(this, TransitionTargets)) return;
        Report.TransitionComplete = Tick;
        Events.Add(Tick, "transition_completed", "agency", "", "the replacements carry their work: accredited, fully ready, the incumbent at its target share", true);
    }
}
