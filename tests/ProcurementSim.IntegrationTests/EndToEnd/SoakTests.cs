using System.Diagnostics;
using System.Globalization;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Orchestrator.Diagnostics;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Processes;
using ProcurementSim.Testing.Scenarios;
using Xunit.Abstractions;

namespace ProcurementSim.IntegrationTests.EndToEnd;

/// <summary>
/// Load, bounded in count and time, on loopback: the orchestrator as its own process plays 200 short runs with 16 in
/// flight on one replica of each actor service. Every run completes with the embedded engine's bytes, and the
/// orchestrator's memory stays flat over the second half. Memory is read from its /diagnostics/memory
/// (Orchestrator:MemoryDiagnostics): live managed objects after a full collection, SQLite's memory, the resident set
/// and what the orchestrator keeps per run. The resident set alone cannot tell a leak from a heap not yet collected (the
/// server GC commits tens of MB ahead of need) or from the JIT still tiering up hot methods (docs/PERFORMANCE.md).
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class SoakTests(RabbitMqBroker broker, ITestOutputHelper output)
{
    private const int Runs = 200;
    private const int InFlight = 16;
    private const string File = ReferenceScenarios.TeachingMinimal; // 12 ticks: many runs in little time
    private static readonly string[] Strategies = ["status_quo", "structured_replacement"];
    // Samples while 16 runs are in flight (after run 184 the last 16 are: runs 100 and 184 are measured alike), then
    // one at the end, with nothing in flight.
    private static readonly int[] SampleAfter = [50, 100, 150, Runs - InFlight, Runs];

    // Each sample is the median of this many readings, each after its own full collection: the runs in flight at that
    // moment (their recorders, their buffered events) make single readings wobble by some hundreds of KiB.
    private const int ReadingsPerSample = 3;

    // Runs the orchestrator keeps in memory (its default is 100): bounded, so that flat memory is what a leak-free
    // orchestrator shows. 16 in play + 16 finished: a run just finished is still there for GetResult, since runs are
    // forgotten in the order they finished, and it goes only once 16 runs have finished after it.
    private const int MaxRetainedRuns = 2 * InFlight;

    // Live managed objects after a full collection may grow this much from run 100 to run 184 (and to the end). The
    // store is full from run 32 on, so from run 100 the retained set is the same size; measured, the heap stays within
    // ±0.4 MiB of 6 MiB from run 50 to run 1000 (docs/PERFORMANCE.md). Anything kept per run beyond the cap, more than
    // about 37 KiB a run over these 84 runs (3 KiB per tick of their 12), is caught: 48 KiB a run planted in the
    // launcher grew it 3.95 MiB and failed the test.
    private const long MaxManagedGrowthBytes = 3L * 1024 * 1024;

    // SQLite's own memory (page cache, statements) is capped by its cache_size (2 MB by default); measured, 2.1 MiB
    // from run 100 on. The run log's growth goes to the file, never to memory.
    private const long MaxSqliteGrowthBytes = 1L * 1024 * 1024;

    // Resident memory may grow this much from run 100 on: a loose bound on purpose. Between those runs the
    // server GC still grows what it commits ahead of need (measured +5 to +20 MiB, given back later) and the JIT still
    // compiles hot methods at tier 1 (+1 to +3 MiB of the runtime's native memory, flat after ~600 runs); the managed
    // bound above is the one that catches a leak.
    private const long MaxResidentGrowthBytes = 64L * 1024 * 1024;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SoakTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Two_hundred_runs_sixteen_in_flight_all_complete_with_the_embedded_bytes_and_the_orchestrator_memory_stays_flat()
    {
        await using var actors = await DistributedSystem.StartAsync(broker.AmqpUrl);
        using var folder = new TempDirectory();
        var settings = new Dictionary<string, string>
        {
            ["RabbitMq:Url"] = broker.AmqpUrl,
            // Its own temporary queue: the in-process orchestrator of `actors` (unused here) keeps its own.
            ["Bus:QueuePrefix"] = actors.QueuePrefix + "soak-",
            // A file store: every run's events go to disk, not to the memory measured (":memory:" would keep them all).
            ["Orchestrator:StorePath"] = folder.File("orchestrator.db"),
            ["Orchestrator:MaxConcurrentRuns"] = InFlight.ToString(CultureInfo.InvariantCulture),
            ["Orchestrator:MaxRetainedRuns"] = MaxRetainedRuns.ToString(CultureInfo.InvariantCulture),
            ["Orchestrator:MemoryDiagnostics"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (name, key) in DistributedSystem.ActorServices)
        {
            settings[$"Services:{key}:0"] = actors.Replicas(name)[0].GrpcAddress;
        }

        using var orchestrator = await OrchestratorProcess.StartAsync(folder.Path, settings, StartTimeout);
        var text = ReferenceScenarios.Text(File);
        var files = new RunResultFiles?[Runs + 1];
        var finals = new TickSnapshot?[Runs + 1];
        var memory = new MemoryReport[SampleAfter.Length];
        var completed = 0;
        var next = 0;
        var inFlight = 0;
        var peakInFlight = 0;
        var clock = Stopwatch.StartNew();

        // InFlight workers each take the next run number when their run ends: exactly 16 in flight until the last 15.
        async Task WorkerAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) <= Runs)
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref peakInFlight, now);
                var started = await orchestrator.Api.StartRunAsync(new StartRunRequest
                {
                    ScenarioYaml = text, ScenarioFile = File, Strategy = StrategyOf(index), Seed = (ulong)index,
                });
                finals[index] = await orchestrator.Api.WatchToEndAsync(started.RunId, SoakTimeout);
                if (finals[index]!.State == RunState.Completed)
                {
                    files[index] = await orchestrator.Api.GetResultAsync(started.RunId, includeReport: false);
                }

                Interlocked.Decrement(ref inFlight);
                var done = Interlocked.Increment(ref completed);
                var sample = Array.IndexOf(SampleAfter, done);
                if (sample >= 0 && done < Runs)
                {
                    // The other workers carry on meanwhile: the runs in flight are part of what is measured.
                    memory[sample] = await SampleAsync();
                }
            }
        }

        var soak = Task.WhenAll(Enumerable.Range(0, InFlight).Select(_ => Task.Run(WorkerAsync)));
        if (await Task.WhenAny(soak, Task.Delay(SoakTimeout)) != soak)
        {
            Assert.Fail(string.Create(CultureInfo.InvariantCulture,
                $"The soak did not finish in {SoakTimeout.TotalMinutes} minutes: {Volatile.Read(ref completed)} of {Runs} runs had ended.{Environment.NewLine}{orchestrator.Output}"));
        }

        await soak;
        var elapsed = clock.Elapsed;
        memory[^1] = await SampleAsync();

        async Task<MemoryReport> SampleAsync()
        {
            var readings = new List<MemoryReport>();
            for (var r = 0; r < ReadingsPerSample; r++)
            {
                readings.Add(await orchestrator.MemoryAsync());
            }

            return Median(readings);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Runs} runs of {File} ({InFlight} in flight, peak {peakInFlight}) in {elapsed.TotalSeconds:F1} s: {Runs / elapsed.TotalSeconds:F1} runs/s."));
        string Series(Func<MemoryReport, long> measure) =>
            string.Join(", ", SampleAfter.Select((after, i) => string.Create(CultureInfo.InvariantCulture, $"{after}: {Mib(measure(memory[i])):F1}")))
            + string.Create(CultureInfo.InvariantCulture, $" MiB; growth 100→{SampleAfter[3]} {Mib(measure(memory[3]) - measure(memory[1])):F2} MiB");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Orchestrator memory after runs (median of {ReadingsPerSample} readings, each after a full collection; MaxRetainedRuns {MaxRetainedRuns}):"));
        output.WriteLine("  managed heap (live):  " + Series(m => m.ManagedHeapBytes));
        output.WriteLine("  GC committed:         " + Series(m => m.GcCommittedBytes));
        output.WriteLine("  SQLite:               " + Series(m => m.SqliteBytes));
        output.WriteLine("  malloc in use:        " + Series(m => m.NativeInUseBytes));
        output.WriteLine("  resident (VmRSS):     " + Series(m => m.ResidentBytes));
        output.WriteLine("  runs retained/in play/buffered: " + string.Join(", ", SampleAfter.Select((after, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{after}: {memory[i].RetainedRuns}/{memory[i].PlayingRuns}/{memory[i].BufferedRuns}"))));

        Assert.Equal(InFlight, peakInFlight);
        for (var i = 1; i <= Runs; i++)
        {
            Assert.True(finals[i]!.State == RunState.Completed, $"run {i} (seed {i}, {StrategyOf(i)}) ended {finals[i]!.State}: {finals[i]!.Error}");
        }

        for (var i = 1; i <= Runs; i++)
        {
            var embedded = EmbeddedFiles.Of(File, StrategyOf(i), (ulong)i, report: false);
            SameBytes.Assert(embedded.ResultJson, files[i]!.ResultJson.ToByteArray(), $"result.json of seed {i} ({StrategyOf(i)})");
            SameBytes.Assert(embedded.TimelineCsv, files[i]!.TimelineCsv.ToByteArray(), $"timeline.csv of seed {i} ({StrategyOf(i)})");
        }

        Assert.All(memory, m => Assert.True(m.ManagedHeapBytes > 0 && m.ResidentBytes > 0, "every memory sample was read"));
        // What the orchestrator keeps per run is bounded: the store holds MaxRetainedRuns once full (one more for an
        // instant, while a StartRun adds its run before forgetting one), the event buffer only the runs in play.
        Assert.All(memory, m => Assert.InRange(m.RetainedRuns, MaxRetainedRuns, MaxRetainedRuns + 1));
        Assert.All(memory, m => Assert.InRange(m.BufferedRuns, 0, InFlight));
        foreach (var later in (int[])[3, 4])
        {
            AssertGrowth("live managed heap", m => m.ManagedHeapBytes, MaxManagedGrowthBytes, later);
            AssertGrowth("SQLite memory", m => m.SqliteBytes, MaxSqliteGrowthBytes, later);
            AssertGrowth("resident memory", m => m.ResidentBytes, MaxResidentGrowthBytes, later);
        }

        void AssertGrowth(string what, Func<MemoryReport, long> measure, long bound, int later)
        {
            var (at100, atLater) = (measure(memory[1]), measure(memory[later]));
            Assert.True(atLater - at100 < bound, string.Create(CultureInfo.InvariantCulture,
                $"The orchestrator's {what} grew {Mib(atLater - at100):F2} MiB from run 100 to run {SampleAfter[later]} ({Mib(at100):F2} → {Mib(atLater):F2} MiB); at most {Mib(bound):F0} MiB is allowed."));
        }
    }

    // Field by field: each measure's median over the readings (the counts too).
    private static MemoryReport Median(List<MemoryReport> readings)
    {
        long Of(Func<MemoryReport, long> measure) => readings.Select(measure).Order().ElementAt(readings.Count / 2);
        return new MemoryReport(
            Of(m => m.ManagedHeapBytes), Of(m => m.GcCommittedBytes), Of(m => m.GcFragmentedBytes), Of(m => m.SqliteBytes),
            Of(m => m.SqliteHighwaterBytes), Of(m => m.NativeInUseBytes), Of(m => m.NativeFreeBytes), Of(m => m.ResidentBytes),
            (int)Of(m => m.RetainedRuns), (int)Of(m => m.PlayingRuns), (int)Of(m => m.BufferedRuns), (int)Of(m => m.BufferedSlots),
            (int)Of(m => m.Threads), Of(m => m.JittedMethods), Of(m => m.PinnedObjects));
    }

    private static string StrategyOf(int index) => Strategies[index % Strategies.Length];

    private static double Mib(long bytes) => bytes / (1024.0 * 1024.0);

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
