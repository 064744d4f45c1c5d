using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// The <c>--quick</c> runs/s check, without BenchmarkDotNet's long jobs (docs/PERFORMANCE.md). It warms up each
/// mode (runs for <c>--warmup-ms</c>, so the JIT reaches tier 1), then times <c>--runs</c> runs of each mode with a
/// <see cref="Stopwatch"/>, the modes in turn, <c>--repeats</c> times, and prints the median runs/s and KiB
/// allocated per run (this thread's allocations, <see cref="GC.GetAllocatedBytesForCurrentThread"/>), and runs per
/// CPU-second of this thread (<see cref="ThreadCpuClock"/>), which a busy machine disturbs far less. Every repeat
/// plays the same seeds (the scenario's seed, +1, +2, ...), on this one thread.
/// <para>
/// Options: <c>--strategy NAME</c> (default structured_replacement); <c>--each</c> adds a summary-only line per
/// strategy; <c>--mode summary-only|timeline</c> times only that mode (under a profiler, say); <c>--runs</c>,
/// <c>--repeats</c>, <c>--warmup-ms</c>; <c>--allocs</c> prints which types the runs allocate instead of timing
/// them (<see cref="AllocationProfile"/>).
/// </para>
/// Exit code: 0, or 1 when the two modes disagree on a run's score (summary-only must only drop the timeline) or
/// the build is not optimised; missing the runs/s target is reported, not an error.
/// </summary>
internal static class QuickHarness
{
    private const double TargetRunsPerSecond = 30_000; // issue 15 (issue 2 asked for 5,000)

    /// <summary>A timed mode: one strategy, or every strategy in turn when <paramref name="Strategy"/> is null.</summary>
    private sealed record Mode(string Name, RunOptions Options, StrategySpec? Strategy);

    public static int Run(string[] args)
    {
        var runs = IntOption(args, "--runs", 2_000);
        var repeats = IntOption(args, "--repeats", 5);
        var warmupMs = IntOption(args, "--warmup-ms", 2_000);
        var strategyName = StringOption(args, "--strategy", null) ?? "structured_replacement";
        var path = ScenarioFixture.ResolvePath();
        var scenario = ScenarioFixture.Load(path);
        var strategy = scenario.FindStrategy(strategyName)
            ?? throw new InvalidOperationException($"the scenario has no strategy '{strategyName}'");
        var all = scenario.Strategies.ToArray();

        var optimised = IsOptimised(typeof(Simulator).Assembly) && IsOptimised(typeof(QuickHarness).Assembly);
        Console.WriteLine("ProcurementSim in-process runs/s (--quick)");
        Console.WriteLine(Line($"scenario:   {path} ({scenario.Ticks} ticks, {scenario.Vendors.Count} vendors, {scenario.Categories.Count} categories, {all.Length} strategies)"));
        Console.WriteLine(Line($"runtime:    {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}"));
        Console.WriteLine(Line($"machine:    {Environment.ProcessorCount} logical CPUs; GC {(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}; build {(optimised ? "optimised" : "NOT OPTIMISED (use -c Release)")}"));
        Console.WriteLine(Line($"harness:    {runs} runs x {repeats} repeats per mode after {warmupMs} ms warm-up, one thread; load average {LoadAverage()}"));
        Console.WriteLine();

        if (args.Contains("--allocs"))
        {
            AllocationProfile.Print(scenario, strategy, RunOptions.SummaryOnly, runs, $"summary-only, {strategy.Name}");
            AllocationProfile.Print(scenario, strategy, RunOptions.Default, runs, $"timeline, {strategy.Name}");
            return 0;
        }

        var consistent = CheckModesAgree(scenario, all);

        var modes = new List<Mode>
        {
            new($"summary-only, {strategy.Name}", RunOptions.SummaryOnly, strategy),
            new($"timeline, {strategy.Name}", RunOptions.Default, strategy),
            new("summary-only, all seven (per run)", RunOptions.SummaryOnly, null),
            new("timeline, all seven (per run)", RunOptions.Default, null),
        };
        if (args.Contains("--each"))
        {
            foreach (var s in all.Where(s => s != strategy)) modes.Add(new($"summary-only, {s.Name}", RunOptions.SummaryOnly, s));
        }
        var only = StringOption(args, "--mode", null);
        if (only is not null)
        {
            if (only is not ("summary-only" or "timeline")) throw new ArgumentException($"--mode takes summary-only or timeline, not '{only}'");
            modes.RemoveAll(m => !m.Name.StartsWith(only + ",", StringComparison.Ordinal));
        }
        // Warm every mode first, then time the modes in turn within each repeat, so a burst of load from another
        // process falls on every mode alike instead of on whichever mode happened to be running.
        var picks = modes.Select(m => m.Strategy is { } single ? (Func<long, StrategySpec>)(_ => single) : i => all[i % all.Length]).ToArray();
        for (var m = 0; m < modes.Count; m++) Warm(scenario, picks[m], modes[m].Options, warmupMs);
        var rates = new double[modes.Count][];
        var cpuRates = new double[modes.Count][];
        var kib = new double[modes.Count][];
        var gcs = new int[modes.Count][];
        for (var m = 0; m < modes.Count; m++) (rates[m], cpuRates[m], kib[m], gcs[m]) = (new double[repeats], new double[repeats], new double[repeats], new int[3]);
        for (var r = 0; r < repeats; r++)
        {
            for (var m = 0; m < modes.Count; m++) (rates[m][r], cpuRates[m][r], kib[m][r]) = Time(scenario, picks[m], modes[m].Options, runs, gcs[m]);
        }

        // runs/s is wall-clock (1 / mean time per run); runs/CPU-s divides by this thread's CPU time instead, so it
        // leaves out time spent waiting for a core while other processes run. On an idle machine the two agree.
        Console.WriteLine(Line($"{"mode",-40} {"runs/s",8} {"min",7} {"max",7} {"µs/run",7} {"runs/CPU-s",10} {"KiB/run",7} {"GCs 0/1/2",9}"));
        double summaryMedian = 0, summaryCpuMedian = 0;
        for (var m = 0; m < modes.Count; m++)
        {
            var median = Median(rates[m]);
            var cpuMedian = Median(cpuRates[m]);
            if (ReferenceEquals(modes[m].Options, RunOptions.SummaryOnly) && modes[m].Strategy == strategy) (summaryMedian, summaryCpuMedian) = (median, cpuMedian);
            var gcText = string.Join('/', gcs[m]);
            Console.WriteLine(Line(
                $"{modes[m].Name,-40} {median,8:N0} {rates[m].Min(),7:N0} {rates[m].Max(),7:N0} {1e6 / median,7:N1} {cpuMedian,10:N0} {Median(kib[m]),7:N1} {gcText,9}"));
        }
        Console.WriteLine("(medians of the repeats; min and max are the repeats' extremes of runs/s)");
        Console.WriteLine();
        Console.WriteLine(Line($"load average after: {LoadAverage()}"));
        if (summaryMedian > 0)
        {
            Console.WriteLine(Line(
                $"target: {TargetRunsPerSecond:N0} runs/s single-threaded, summary-only ({strategy.Name}): {(summaryMedian >= TargetRunsPerSecond ? "MET" : "NOT MET")} ({summaryMedian:N0} runs/s wall-clock, {summaryCpuMedian:N0} runs/CPU-s)"));
        }
        if (!consistent) Console.WriteLine("error: summary-only and timeline runs disagree; see above");
        if (!optimised) Console.WriteLine("error: the build is not optimised; figures from it mean nothing (dotnet run -c Release ...)");
        return consistent && optimised ? 0 : 1;
    }

    /// <summary>Summary-only must give the same score and metrics as a timeline run, with no timeline.</summary>
    private static bool CheckModesAgree(Scenario scenario, StrategySpec[] all)
    {
        var ok = true;
        for (var i = 0; i < 4; i++)
        {
            foreach (var s in all)
            {
                var seed = Seeds.At(scenario, i);
                var full = Simulator.Run(scenario, s, seed, RunOptions.Default);
                var summary = Simulator.Run(scenario, s, seed, RunOptions.SummaryOnly);
                if (full.Score.Equals(summary.Score) && full.Metrics == summary.Metrics && summary.Timeline.Count == 0 && full.Timeline.Count == scenario.Ticks) continue;
                ok = false;
                Console.WriteLine(Line($"mismatch: {s.Name} seed {seed}: score {full.Score:R} vs {summary.Score:R}, timeline {full.Timeline.Count} vs {summary.Timeline.Count} ticks"));
            }
        }
        return ok;
    }

    private static void Warm(Scenario scenario, Func<long, StrategySpec> pick, RunOptions options, int warmupMs)
    {
        var clock = Stopwatch.StartNew();
        long i = 0;
        do
        {
            Simulator.Run(scenario, pick(i), Seeds.At(scenario, i), options);
            i++;
        }
        while (clock.ElapsedMilliseconds < warmupMs || i < 100);
    }

    private static (double RunsPerSecond, double RunsPerCpuSecond, double KiBPerRun) Time(
        Scenario scenario, Func<long, StrategySpec> pick, RunOptions options, int runs, int[] gcs)
    {
        // Settle the heap so one repeat does not pay for the previous one's garbage.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        double sink = 0;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var cpu = ThreadCpuClock.Seconds();
        var start = Stopwatch.GetTimestamp();
        for (long i = 0; i < runs; i++) sink += Simulator.Run(scenario, pick(i), Seeds.At(scenario, i), options).Score;
        var elapsed = Stopwatch.GetElapsedTime(start);
        cpu = ThreadCpuClock.Seconds() - cpu;
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        gcs[0] += GC.CollectionCount(0) - gen0;
        gcs[1] += GC.CollectionCount(1) - gen1;
        gcs[2] += GC.CollectionCount(2) - gen2;
        if (double.IsNaN(sink)) Console.WriteLine("(a score was NaN)");
        return (runs / elapsed.TotalSeconds, runs / cpu, bytes / 1024.0 / runs);
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static bool IsOptimised(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var text = StringOption(args, name, null);
        if (text is null) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} takes a positive whole number, not '{text}'");
    }

    private static string? StringOption(string[] args, string name, string? fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
