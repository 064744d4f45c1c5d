using System.Diagnostics;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>
/// The embedded side of the distributed harness: the same runs played in this process, at most <c>inFlight</c> at
/// once (what <c>procsim run</c> does without <c>--remote</c>: the Core, then result.json and timeline.csv), each
/// checked against the expected bytes, timed and charged the CPU this process spent.
/// </summary>
internal sealed class EmbeddedBatch(Scenario scenario, StrategySpec strategy, IReadOnlyList<(ulong Seed, byte[] ResultJson, byte[] TimelineCsv)> expected)
{
    /// <summary>Plays <paramref name="runs"/> runs; returns runs/s, CPU ms per run and the runs whose bytes differ.</summary>
    public (double RunsPerSecond, double CpuMillisecondsPerRun, int Mismatches) Play(int inFlight, int runs)
    {
        var mismatches = 0;
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = inFlight }, i =>
        {
            var (seed, resultJson, timelineCsv) = expected[i % expected.Count];
            var result = Simulator.Run(scenario, strategy, seed, RunOptions.Default);
            if (!ResultJsonWriter.ToBytes(result).AsSpan().SequenceEqual(resultJson) || !TimelineCsvWriter.ToBytes(result).AsSpan().SequenceEqual(timelineCsv))
            {
                Interlocked.Increment(ref mismatches);
            }
        });
        var elapsed = clock.Elapsed;
        process.Refresh();
        return (runs / elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalMilliseconds / runs, mismatches);
    }
}
