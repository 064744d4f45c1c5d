using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Tests.Support;

internal static class Runs
{
    public static RunResult Play(Scenario s, StrategySpec? strategy = null, ulong seed = 1) =>
        Simulator.Run(s, strategy ?? s.Strategies[0], seed);

    public static bool Has(this RunResult r, string kind) => r.Events.Any(e => e.Kind == kind);

    public static int FirstTick(this RunResult r, string kind) => r.Events.First(e => e.Kind == kind).Tick;
}
