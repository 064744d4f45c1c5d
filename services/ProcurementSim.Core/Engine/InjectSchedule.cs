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
            var fires = inject.At is { } at ? at == tick : !_fired[i] && _random.Chance(inject.Probability, Purposes.Inject, tick, i);
            if (!fires) continue;
            _fired[i] = true;
            var e = new SimEvent(tick, "inject_" + InjectCatalog.Get(inject.Kind).Key, "orchestrator", inject.Target ?? "",
                InjectText.Describe(inject), InjectText.IsKey(inject));
            (fired ??= []).Add(new FiredInject(i, new InjectNotice(inject.Kind, inject.Magnitude, inject.Weeks),
                [.. InjectRouting.Recipients(scenario, inject)], e));
        }
        return fired ?? (IReadOnlyList<FiredInject>)[];
    }
}
