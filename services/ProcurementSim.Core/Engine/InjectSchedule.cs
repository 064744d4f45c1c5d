using ProcurementSim.Core.Events;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Randomness;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Engine;

/// <summary>
/// The orchestrator's injects for one run: scheduled ones fire at their tick, random ones are drawn each tick
/// from the orchestrator's stream and fire at most once. Both run modes use this, so they fire the same injects.
/// </summary>
public sealed class InjectSchedule(Scenario scenario, ulong seed, int run)
{
    private readonly bool[] _fired = new bool[scenario.Injects.Count];
    private readonly RandomStream _random = RandomStream.For(seed, run, "orchestrator");

    /// <summary>The injects firing at <paramref name="tick"/>, in scenario order. Call once per tick, in tick order.</summary>
    public IReadOnlyList<FiredInject> Fire(int tick)
    {
        List<FiredInject>? fired = null;
        for (var i = 0; i < scenario.Injects.Count; i++)
        {
            var inject = scenario.Injects[i];
            // !_fired[i] on a scheduled inject only matters after a facilitator brought it forward (FireNow).
            var fires = !_fired[i] && (inject.At is { } at ? at == tick : _random.Chance(inject.Probability, Purposes.Inject, tick, i));
            if (!fires) continue;
            _fired[i] = true;
            (fired ??= []).Add(Build(tick, inject, i, "orchestrator"));
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
        return Build(tick, inject, scenario.Injects.Count + adHocNumber, "facilitator");
    }

    /// <summary>Whether the scenario's inject <paramref name="index"/> has fired (or was brought forward).</summary>
    internal bool HasFired(int index) => _fired[index];

    private FiredInject Build(int tick, InjectSpec inject, int sequence, string actor)
    {
        var e = new SimEvent(tick, "inject_" + InjectCatalog.Get(inject.Kind).Key, actor, inject.Target ?? "",
            InjectText.Describe(inject), InjectText.IsKey(inject));
        return new FiredInject(sequence, new InjectNotice(inject.Kind, inject.Magnitude, inject.Weeks),
            [.. InjectRouting.Recipients(scenario, inject)], e);
    }
}
