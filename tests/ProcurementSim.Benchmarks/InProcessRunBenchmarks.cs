using BenchmarkDotNet.Attributes;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// One in-process run of usage-policy-standoff per invocation, for each of the scenario's strategies, with the
/// timeline recorded (<see cref="RunOptions.Default"/>) and without it (<see cref="RunOptions.SummaryOnly"/>, as in
/// sweeps). The seed advances by one per invocation through a fixed window, so every benchmark plays the same
/// deterministic sequence of different runs rather than one cached path.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class InProcessRunBenchmarks
{
    private Scenario _scenario = null!;
    private StrategySpec _strategy = null!;
    private ulong _next;

    /// <summary>The scenario's strategy names (seven for usage-policy-standoff).</summary>
    public static IEnumerable<string> StrategyNames => ScenarioFixture.Scenario.Strategies.Select(s => s.Name);

    /// <summary>The strategy played.</summary>
    [ParamsSource(nameof(StrategyNames))]
    public string Strategy { get; set; } = "";

    /// <summary>Loads the scenario once and restarts the seed sequence at the scenario's seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioFixture.Scenario;
        _strategy = ScenarioFixture.Strategy(Strategy);
        _next = 0;
    }

    /// <summary>A run with the full timeline, as <c>procsim run</c> records it.</summary>
    [Benchmark(Baseline = true)]
    public RunResult Timeline() => Simulator.Run(_scenario, _strategy, Seeds.Next(_scenario, ref _next), RunOptions.Default);

    /// <summary>A run without the timeline, as a sweep makes it.</summary>
    [Benchmark]
    public RunResult SummaryOnly() => Simulator.Run(_scenario, _strategy, Seeds.Next(_scenario, ref _next), RunOptions.SummaryOnly);
}
