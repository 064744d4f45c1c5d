using System.Diagnostics;
using System.Globalization;
using ProcurementSim.Benchmarks.Distributed;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Orchestrator.Diagnostics;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Processes;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// The <c>--soak</c> probe (docs/PERFORMANCE.md, "Orchestrator memory under load"): the soak test's set-up, longer. The
/// orchestrator runs as its own process (its real Program.cs, a SQLite file store, <c>Orchestrator:MemoryDiagnostics</c>
/// on) with one replica of each actor service in this process, on a real RabbitMQ (RABBITMQ_URL, else a private node).
/// It plays <c>--runs</c> runs (default 600) of <c>--scenario</c> (a file of scenarios/, default teaching-minimal.yaml), alternating status_quo and
/// structured_replacement, seeds 1, 2, ..., with <c>--in-flight</c> (default 16) in flight and
/// <c>--retained</c> (default 32) as Orchestrator:MaxRetainedRuns; every <c>--every</c> runs (default 50) it reads
/// /diagnostics/memory (a full collection, then managed heap, SQLite, malloc and resident bytes, and the run counts)
/// and prints a row; at the end, the growth per 100 runs over the second half (least squares). Every result is checked
/// against the embedded run's bytes. <c>--hold S</c> keeps the orchestrator up S seconds at the end (its pid is
/// printed) for <c>dotnet-gcdump collect -p PID</c>; <c>--orchestrator-env NAME=VALUE</c> (repeatable) sets an
/// environment variable of the orchestrator process, e.g. <c>DOTNET_TieredCompilation=0</c>. Exit code 1 when a run fails or its bytes differ.
/// </summary>
internal static class SoakProbe
{
    private static readonly string[] Strategies = ["status_quo", "structured_replacement"];

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var runs = IntOption(args, "--runs", 600);
        var inFlight = IntOption(args, "--in-flight", 16);
        var retained = IntOption(args, "--retained", 32);
        var every = IntOption(args, "--every", 50);
        var hold = IntOption(args, "--hold", 0, allowZero: true);
        var at = Array.IndexOf(args, "--scenario");
        var file = at >= 0 && at + 1 < args.Length ? args[at + 1] : "teaching-minimal.yaml";
        var root = ScenarioFixture.FindRepositoryRoot() ?? throw new InvalidOperationException("cannot find the repository (ProcurementSim.sln)");
        var path = Path.Combine(root, "scenarios", file);
        var text = await System.IO.File.ReadAllTextAsync(path);
        var scenario = ScenarioFixture.Load(path);

        Console.WriteLine(Line($"ProcurementSim orchestrator memory under load (--soak): {runs} runs of {file}, {inFlight} in flight, MaxRetainedRuns {retained}, sampled every {every} runs"));
        await using var broker = await BenchmarkBroker.StartAsync();
        await using var actors = await DistributedSystem.StartAsync(broker.AmqpUrl);
        var folder = Directory.CreateTempSubdirectory("procsim-soak-");
        try
        {
            var settings = new Dictionary<string, string>
            {
                ["RabbitMq:Url"] = broker.AmqpUrl,
                ["Bus:QueuePrefix"] = actors.QueuePrefix + "soak-",
                ["Orchestrator:StorePath"] = Path.Combine(folder.FullName, "orchestrator.db"),
                ["Orchestrator:MaxConcurrentRuns"] = inFlight.ToString(CultureInfo.InvariantCulture),
                ["Orchestrator:MaxRetainedRuns"] = retained.ToString(CultureInfo.InvariantCulture),
                ["Orchestrator:MemoryDiagnostics"] = "true",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            // --orchestrator-env NAME=VALUE (repeatable): the runtime's knobs, e.g. DOTNET_TieredCompilation=0.
            for (var i = 0; i + 1 < args.Length; i++)
            {
                if (args[i] == "--orchestrator-env" && args[i + 1].Split('=', 2) is [var name, var value])
                {
                    settings[name] = value;
                }
            }

            foreach (var (name, key) in DistributedSystem.ActorServices)
            {
                settings[$"Services:{key}:0"] = actors.Replicas(name)[0].GrpcAddress;
            }

            using var orchestrator = await OrchestratorProcess.StartAsync(folder.FullName, settings, TimeSpan.FromSeconds(60));
            Console.WriteLine(Line($"orchestrator pid {orchestrator.ProcessId}; broker {broker.Description}"));
            Console.WriteLine(Line($"{"runs",5} {"managed",8} {"gc commit",9} {"gc free",8} {"sqlite",7} {"malloc use",10} {"malloc free",11} {"rss",7} {"retained",8} {"playing",7} {"buffered",8} {"slots",5} {"threads",7} {"jitted",7} {"pinned",6}   (MiB)"));
            var samples = new List<(int Runs, MemoryReport Memory)> { (0, await orchestrator.MemoryAsync()) };
            Print(samples[^1]);

            var failures = 0;
            var next = 0;
            var completed = 0;
            var gate = new SemaphoreSlim(1, 1);
            var clock = Stopwatch.StartNew();
            async Task WorkerAsync()
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) <= runs)
                {
                    var strategy = Strategies[index % Strategies.Length];
                    var started = await orchestrator.Api.StartRunAsync(new StartRunRequest
                    {
                        ScenarioYaml = text, ScenarioFile = file, Strategy = strategy, Seed = (ulong)index,
                    });
                    var final = await orchestrator.Api.WatchToEndAsync(started.RunId, TimeSpan.FromMinutes(3));
                    try
                    {
                        if (final.State != RunState.Completed || !Same(scenario, strategy, (ulong)index, await orchestrator.Api.GetResultAsync(started.RunId, includeReport: false)))
                        {
                            Interlocked.Increment(ref failures);
                            Console.WriteLine(Line($"run {index} (seed {index}, {strategy}) ended {final.State} {final.Error}, or its bytes differ"));
                        }
                    }
                    catch (Grpc.Core.RpcException e)
                    {
                        Interlocked.Increment(ref failures);
                        Console.WriteLine(Line($"run {index} (seed {index}, {strategy}): GetResult failed: {e.Status.Detail}"));
                    }

                    var done = Interlocked.Increment(ref completed);
                    if (done % every == 0)
                    {
                        // One sample at a time; the other workers carry on (the collection pauses the orchestrator).
                        await gate.WaitAsync();
                        try
                        {
                            var sample = (done, await orchestrator.MemoryAsync());
                            lock (samples)
                            {
                                samples.Add(sample);
                            }

                            Print(sample);
                        }
                        finally
                        {
                            gate.Release();
                        }
                    }
                }
            }

            await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(WorkerAsync)));
            var elapsed = clock.Elapsed;
            // After the last run: idle, nothing in play.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var idle = (runs, await orchestrator.MemoryAsync());
            Console.Write("idle  ");
            Print(idle);

            Console.WriteLine(Line($"{runs} runs in {elapsed.TotalSeconds:F1} s ({runs / elapsed.TotalSeconds:F1} runs/s); {failures} failed or differed"));
            var half = samples.Where(s => s.Runs >= runs / 2).OrderBy(s => s.Runs).ToList();
            Console.WriteLine(Line($"growth per 100 runs from run {half[0].Runs} to {half[^1].Runs} (least squares over {half.Count} samples): managed {Slope(half, m => m.ManagedHeapBytes):F2} MiB, sqlite {Slope(half, m => m.SqliteBytes):F2} MiB, malloc in use {Slope(half, m => m.NativeInUseBytes):F2} MiB, malloc free {Slope(half, m => m.NativeFreeBytes):F2} MiB, gc committed {Slope(half, m => m.GcCommittedBytes):F2} MiB, rss {Slope(half, m => m.ResidentBytes):F2} MiB"));
            if (hold > 0)
            {
                Console.WriteLine(Line($"holding {hold} s: dotnet-gcdump collect -p {orchestrator.ProcessId}"));
                await Task.Delay(TimeSpan.FromSeconds(hold));
            }

            return failures == 0 ? 0 : 1;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static bool Same(Core.Scenarios.Scenario scenario, string strategy, ulong seed, RunResultFiles files)
    {
        var result = Simulator.Run(scenario, scenario.FindStrategy(strategy)!, seed, RunOptions.Default);
        return ResultJsonWriter.ToBytes(result).AsSpan().SequenceEqual(files.ResultJson.Span)
            && TimelineCsvWriter.ToBytes(result).AsSpan().SequenceEqual(files.TimelineCsv.Span);
    }

    private static void Print((int Runs, MemoryReport Memory) sample)
    {
        var m = sample.Memory;
        Console.WriteLine(Line($"{sample.Runs,5} {Mib(m.ManagedHeapBytes),8:F1} {Mib(m.GcCommittedBytes),9:F1} {Mib(m.GcFragmentedBytes),8:F1} {Mib(m.SqliteBytes),7:F1} {Mib(m.NativeInUseBytes),10:F1} {Mib(m.NativeFreeBytes),11:F1} {Mib(m.ResidentBytes),7:F1} {m.RetainedRuns,8} {m.PlayingRuns,7} {m.BufferedRuns,8} {m.BufferedSlots,5} {m.Threads,7} {m.JittedMethods,7} {m.PinnedObjects,6}"));
    }

    // Least-squares slope of the measure against the run count, in MiB per 100 runs.
    private static double Slope(List<(int Runs, MemoryReport Memory)> samples, Func<MemoryReport, long> measure)
    {
        var xs = samples.Select(s => (double)s.Runs).ToList();
        var ys = samples.Select(s => Mib(measure(s.Memory))).ToList();
        var mx = xs.Average();
        var my = ys.Average();
        var den = xs.Sum(x => (x - mx) * (x - mx));
        return den == 0 ? double.NaN : 100 * xs.Zip(ys).Sum(p => (p.First - mx) * (p.Second - my)) / den;
    }

    private static double Mib(long bytes) => bytes / (1024.0 * 1024.0);

    private static int IntOption(string[] args, string name, int fallback, bool allowZero = false)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0 || at + 1 >= args.Length) return fallback;
        var text = args[at + 1];
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && (value > 0 || (allowZero && value == 0))
            ? value
            : throw new ArgumentException($"{name} takes a positive whole number, not '{text}'");
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
