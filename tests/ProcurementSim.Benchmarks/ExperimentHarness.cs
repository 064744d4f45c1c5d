using System.Diagnostics;
using System.Globalization;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// <c>--experiments</c>: times the real <c>procsim compare</c> and <c>procsim sweep</c> commands as child processes, as an
/// analyst runs them: wall time, CPU time (CPU ÷ wall = cores kept busy) and peak resident memory (VmHWM from /proc,
/// read until the process exits). Prints each repetition and the medians. Options: <c>--reps N</c> (default 5),
/// <c>--runs N</c> (compare's runs per strategy, default 1000), <c>--samples N</c> (sweep, default 100000; 0 skips it).
/// </summary>
internal static class ExperimentHarness
{
    public static int Run(string[] args)
    {
        if (BuiltProcsim() is not var (root, procsim)) return 2;

        var reps = Option(args, "--reps", 5);
        var runs = Option(args, "--runs", 1000);
        var samples = Option(args, "--samples", 100_000);
        var scenario = Path.Combine(root, "scenarios", "usage-policy-standoff.yaml");
        var output = Directory.CreateTempSubdirectory("procsim-bench-").FullName;
        try
        {
            Measure($"compare, all 7 strategies × {runs:N0} runs", reps, procsim,
                ["compare", scenario, "--runs", Text(runs), "--out", Path.Combine(output, "compare")]);
            if (samples > 0)
            {
                Measure($"sweep lhs, {samples:N0} samples × 1 strategy (structured_replacement), --fail", Math.Min(reps, 3), procsim,
                    ["sweep", scenario, "--design", "lhs", "--samples", Text(samples), "--strategies", "structured_replacement",
                     "--fail", "capability_gap_weeks > 8", "--out", Path.Combine(output, "sweep")]);
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
        return 0;
    }

    private static void Measure(string label, int reps, string procsim, string[] args)
    {
        Console.WriteLine(label);
        var samples = new List<(double Wall, double Cpu, long PeakBytes)>();
        for (var r = 0; r < reps; r++)
        {
            var sample = Once(procsim, args);
            samples.Add(sample);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  rep {r + 1}: {sample.Wall:0.00} s wall, {sample.Cpu:0.00} s CPU ({sample.Cpu / sample.Wall:0.00} cores), peak {sample.PeakBytes / 1048576.0:0} MiB"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  median: {Median(samples.Select(s => s.Wall)):0.00} s wall, {Median(samples.Select(s => s.Cpu / s.Wall)):0.00} cores, peak {Median(samples.Select(s => s.PeakBytes / 1048576.0)):0} MiB"));
    }

    /// <summary>The repository's root and its built Release procsim.dll, or null after saying how to build it.</summary>
    internal static (string Root, string Procsim)? BuiltProcsim()
    {
        var root = ScenarioFixture.FindRepositoryRoot() ?? throw new InvalidOperationException("run from inside the repository");
        var procsim = Path.Combine(root, "services", "ProcurementSim.Cli", "bin", "Release", "net10.0", "procsim.dll");
        if (File.Exists(procsim)) return (root, procsim);
        Console.Error.WriteLine($"Build the CLI first: dotnet build services/ProcurementSim.Cli -c Release (looked for {procsim}).");
        return null;
    }

    internal static (double Wall, double Cpu, long PeakBytes) Once(string procsim, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(procsim);
        foreach (var a in args) start.ArgumentList.Add(a);
        var cpuBefore = ChildrenCpuSeconds();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            Thread.Sleep(20);
        }
        process.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"procsim exited with {process.ExitCode}: {stderr.Result}");
        }
        _ = stdout.Result;
        return (wall, ChildrenCpuSeconds() - cpuBefore, peak);
    }

    // CPU time of the reaped children (user + system), from getrusage(RUSAGE_CHILDREN): /proc is gone once a child exits.
    private static double ChildrenCpuSeconds()
    {
        var usage = new long[18];
        if (GetRusage(-1, usage) != 0) throw new InvalidOperationException("getrusage failed");
        return usage[0] + usage[1] / 1e6 + usage[2] + usage[3] / 1e6; // ru_utime and ru_stime, each a timeval {sec, usec}
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, long[] usage);

    // VmHWM: the process's peak resident set so far, in kB.
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between HasExited and the read.
        }
        return 0;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    internal static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
