using System.Diagnostics;
using System.Globalization;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Protocol.V1;
using Xunit.Abstractions;

namespace ProcurementSim.IntegrationTests.EndToEnd;

/// <summary>
/// Load, bounded in count and time, on loopback: the orchestrator as its own process (its memory read from
/// /proc/&lt;pid&gt;/status) plays 200 short runs with 16 in flight on one replica of each actor service. Every run
/// completes with the embedded engine's bytes, and the orchestrator's resident memory stays flat over the second half.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class SoakTests(RabbitMqBroker broker, ITestOutputHelper output)
{
    private const int Runs = 200;
    private const int InFlight = 16;
    private const string File = ReferenceScenarios.TeachingMinimal; // 12 ticks: many runs in little time
    private static readonly string[] Strategies = ["status_quo", "structured_replacement"];
    private static readonly int[] SampleAfter = [50, 100, 150, 200];

    // Finished runs the orchestrator keeps in memory (its default is 100): bounded, so that flat memory is what a
    // leak-free orchestrator shows. 16 in play + 16 finished: a run just finished is still there for GetResult, since
    // it is forgotten only once 16 runs started after it have finished.
    private const int MaxRetainedRuns = 2 * InFlight;

    // Resident memory may grow this much from run 100 to run 200 (a generous bound: GC heap growth and allocator noise
    // are a few MiB). What is retained is bounded (above), so growth past it means the orchestrator keeps something per
    // run: over 100 runs, more than about 650 KiB each (about 55 KiB per tick of their 12) is caught; less is not.
    private const long MaxGrowthBytes = 64L * 1024 * 1024;

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
        var rss = new long[SampleAfter.Length];
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
                if (sample >= 0)
                {
                    rss[sample] = ResidentBytes(orchestrator.ProcessId);
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

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Runs} runs of {File} ({InFlight} in flight, peak {peakInFlight}) in {elapsed.TotalSeconds:F1} s: {Runs / elapsed.TotalSeconds:F1} runs/s."));
        output.WriteLine("Orchestrator resident memory (VmRSS) after runs " + string.Join(", ",
            SampleAfter.Select((after, i) => string.Create(CultureInfo.InvariantCulture, $"{after}: {Mib(rss[i]):F1} MiB"))) +
            string.Create(CultureInfo.InvariantCulture, $"; growth 100→200: {Mib(rss[3] - rss[1]):F1} MiB (MaxRetainedRuns {MaxRetainedRuns})."));

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

        Assert.All(rss, bytes => Assert.True(bytes > 0, "every memory sample was read"));
        Assert.True(rss[3] - rss[1] < MaxGrowthBytes, string.Create(CultureInfo.InvariantCulture,
            $"The orchestrator's resident memory grew {Mib(rss[3] - rss[1]):F1} MiB from run 100 to run 200 ({Mib(rss[1]):F1} → {Mib(rss[3]):F1} MiB); at most {Mib(MaxGrowthBytes):F0} MiB is allowed."));
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

    /// <summary>VmRSS of the process from /proc/&lt;pid&gt;/status ("VmRSS:   123456 kB"), in bytes.</summary>
    private static long ResidentBytes(int processId)
    {
        var line = System.IO.File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status")
            .First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kib = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kib * 1024;
    }
}
