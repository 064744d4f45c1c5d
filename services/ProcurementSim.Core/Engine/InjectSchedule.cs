using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Randomness;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Engine;

/// <summary>
/// The orchestrator's injects for one run: scheduled ones fire at their tick, random ones are drawn each tick
/// from the orchestrator's stream and fire at most once. Both run modes use this, so they fire the same injects.
/// Injects are visited in canonical order (<see cref="InjectOrder"/>), and a random inject's draw is keyed by its
/// kind, target and number among the random injects of that kind and target (<see cref="DrawKeys.Inject"/>), so the
/// order in which the file lists injects changes nothing.
/// </summary>
public sealed class InjectSchedule
{
    private readonly Scenario _scenario;
    private readonly InjectPlan _plan;
    private readonly bool[] _fired;
    private readonly RandomStream _random;

    /// <summary>The orchestrator's stream key: <see cref="StableHash.Of"/> of "orchestrator", as <see cref="RandomStream.For"/> makes it.</summary>
    private static readonly ulong OrchestratorStreamKey = StableHash.Of("orchestrator");

    /// <summary>The schedule of <paramref name="scenario"/>'s injects for run <paramref name="run"/> of seed <paramref name="seed"/>.</summary>
    public InjectSchedule(Scenario scenario, ulong seed, int run)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        _plan = InjectPlan.Of(scenario);
        _fired = new bool[scenario.Injects.Count];
        _random = new RandomStream(seed, run, OrchestratorStreamKey);
    }

    /// <summary>The injects firing at <paramref name="tick"/>, in canonical order. Call once per tick, in tick order.</summary>
    public IReadOnlyList<FiredInject> Fire(int tick)
    {
        List<FiredInject>? fired = null;
        var canonical = _plan.Canonical;
        var draws = _random.At(Purposes.Inject, tick);
        for (var rank = 0; rank < canonical.Length; rank++)
        {
            var i = canonical[rank];
            // !_fired[i] on a scheduled inject only matters after a facilitator brought it forward (FireNow).
            var fires = !_fired[i] && (_plan.Scheduled[i] ? _plan.At[i] == tick : draws.Below(_plan.Threshold[i], _plan.DrawKey[i]));
            if (!fires) continue;
            var inject = _plan.Injects[i];
            _fired[i] = true;
            var e = new SimEvent(tick, _plan.EventKinds[i], "orchestrator", inject.Target ?? "", _plan.Details[i], _plan.IsKey[i]);
            (fired ??= []).Add(new FiredInject(rank, _plan.Notices[i], _plan.Recipients[i], e));
        }
        return fired ?? (IReadOnlyList<FiredInject>)[];
    }

    /// <summary>
    /// A facilitator's inject fired at <paramref name="tick"/>: the scenario's inject <paramref name="scenarioIndex"/>
    /// brought forward (it then no longer fires by schedule or draw), or a custom one (null index).
    /// <paramref name="adHocNumber"/> (0, 1, ... within the run) keeps its message sequence apart from the scenario's.
    /// </summary>
    internal FiredInject FireNow(int tick, InjectSpec inject, int? scenarioIndex, int adHocNumber)
    {
        if (scenarioIndex is { } i) _fired[i] = true;
        return Build(tick, inject, _scenario.Injects.Count + adHocNumber, "facilitator");
    }

    /// <summary>Whether the scenario's inject <paramref name="index"/> has fired (or was brought forward).</summary>
    internal bool HasFired(int index) => _fired[index];

    private FiredInject Build(int tick, InjectSpec inject, int sequence, string actor)
    {
        var e = new SimEvent(tick, InjectPlan.EventKind(inject), actor, inject.Target ?? "", InjectText.Describe(inject), InjectText.IsKey(inject));
        return new FiredInject(sequence, InjectPlan.Notice(inject), [.. InjectRouting.Recipients(_scenario, inject)], e);
    }
}
