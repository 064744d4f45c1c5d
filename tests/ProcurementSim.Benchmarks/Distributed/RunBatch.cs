using System.Diagnostics;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.Benchmarks.Distributed;

/// <summary>
/// Plays a batch of runs through the public API, at most <c>inFlight</c> at once, each StartRun → WatchRun to the
/// end → GetResult (what <c>procsim run --remote</c> does), and checks every result against the embedded run's bytes.
/// </summary>
internal sealed class RunBatch(DistributedSystem system, OrchestratorApi api, string scenarioYaml, string scenarioFile, string strategy,
    IReadOnlyList<(ulong Seed, byte[] ResultJson, byte[] TimelineCsv)> expected, CallCounter calls, BusCounter bus, Func<TimeSpan?> brokerCpu)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    public async Task<BatchResult> PlayAsync(int inFlight, int runs)
    {
        await SettleAsync();
        calls.Reset();
        bus.Reset();
        using var slots = new SemaphoreSlim(inFlight);
        var durations = new double[runs];
        var mismatches = 0;
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var brokerBefore = brokerCpu();
        var allocated = GC.GetTotalAllocatedBytes();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        var playing = Enumerable.Range(0, runs).Select(async i =>
        {
            await slots.WaitAsync();
            try
            {
                var (seed, resultJson, timelineCsv) = expected[i % expected.Count];
                var started = Stopwatch.GetTimestamp();
                var files = await api.PlayAsync(
                    new StartRunRequest { ScenarioYaml = scenarioYaml, ScenarioFile = scenarioFile, Strategy = strategy, Seed = seed }, RunTimeout,
                    includeReport: false); // as procsim run --remote: it renders report.html itself
                durations[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!files.ResultJson.Span.SequenceEqual(resultJson) || !files.TimelineCsv.Span.SequenceEqual(timelineCsv))
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
            finally
            {
                slots.Release();
            }
        }).ToList();
        await Task.WhenAll(playing);
        var elapsed = clock.Elapsed;
        process.Refresh();
        cpu = process.TotalProcessorTime - cpu;
        var brokerMs = brokerCpu() - brokerBefore is { } broker ? broker.TotalMilliseconds / runs : double.NaN;
        var megabytes = (GC.GetTotalAllocatedBytes() - allocated) / 1e6;
        var gcs = ((GC.CollectionCount(0) - gen0) / (double)runs, (GC.CollectionCount(1) - gen1) / (double)runs, (GC.CollectionCount(2) - gen2) / (double)runs);

        // A run's EndRun calls and RunCompleted follow its last snapshot: let them land before reading the counters.
        await SettleAsync();
        return new BatchResult(runs / elapsed.TotalSeconds, Stats.Median(durations), calls.Snapshot(), bus.Published, bus.Consumed, bus.TicksWithEvents, cpu.TotalMilliseconds / runs, brokerMs, megabytes / runs, gcs, mismatches);
    }

    /// <summary>Waits until every actor service has released every run (EndRun or RunCompleted), at most 10 s.</summary>
    private async Task SettleAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (system.Actors.Any(a => a.Runs is ActorRuns { ActiveRuns: > 0 }) && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        await Task.Delay(100);
    }
}
