using BenchmarkDotNet.Attributes;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// One run of each of the scenario's strategies per invocation (the mix a compare or a sweep plays), reported per
/// run: <see cref="BenchmarkAttribute.OperationsPerInvoke"/> is the strategy count, so Mean, Op/s and Allocated are
/// per run. The seed advances by one per invocation, as in <see cref="InProcessRunBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class AllStrategiesBenchmarks
{
    /// <summary>Strategies in usage-policy-standoff; <see cref="Setup"/> checks the scenario still has this many.</summary>
    public const int StrategyCount = 7;

    private Scenario _scenario = null!;
    private StrategySpec[] _strategies = [];
    private ulong _next;

    /// <summary>Loads the scenario once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = ScenarioFixture.Scenario;
        _strategies = [.. _scenario.Strategies];
        if (_strategies.Length != StrategyCount)
        {
            throw new InvalidOperationException(
                $"the scenario has {_strategies.Length} strategies, not {StrategyCount}: change {nameof(StrategyCount)} (per-run figures divide by it)");
        }
        _next = 0;
    }

    /// <summary>Seven runs with the full timeline.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = StrategyCount)]
    public double AllSevenTimeline() => RunAll(RunOptions.Default);

    /// <summary>Seven runs without the timeline.</summary>
    [Benchmark(OperationsPerInvoke = StrategyCount)]
    public double AllSevenSummaryOnly() => RunAll(RunOptions.SummaryOnly);

    private double RunAll(RunOptions options)
    {
        var seed = Seeds.Next(_scenario, ref _next);
        double sum = 0;
        foreach (var strategy in _strategies) sum += Simulator.Run(_scenario, strategy, seed, options).Score;
        return sum;
    }
}
