using System.Globalization;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// <c>--scale</c>: the figures of issue 15 ("analysts at scale"), each the real procsim command in a child process:
/// <c>run</c> of the reference scenario (median of <c>--reps</c>, default 10), <c>compare</c> of its 7 strategies ×
/// 1,000 runs (median of 5), a <c>sweep</c> of 1,000,006 runs (LHS, 142,858 samples × 7 strategies, with PRIM and
/// importance; median of 3), and, with <c>--ten-million</c>, <c>compare scenarios/teaching-minimal.yaml --runs
/// 10000000</c> once (minutes). Wall time, CPU time and peak resident memory, as <see cref="ExperimentHarness"/>.
/// </summary>
internal static class ScaleHarness
{
    public static int Run(string[] args)
    {
        if (ExperimentHarness.BuiltProcsim() is not var (root, procsim)) return 2;

        var reps = ExperimentHarness.Option(args, "--reps", 10);
        var standoff = Path.Combine(root, "scenarios", "usage-policy-standoff.yaml");
        var teaching = Path.Combine(root, "scenarios", "teaching-minimal.yaml");
        var output = Directory.CreateTempSubdirectory("procsim-scale-").FullName;
        try
        {
            Measure("run, the reference scenario (104 weeks, timeline and report)", reps, procsim,
                ["run", standoff, "--out", Path.Combine(output, "run")]);
            Measure("compare, 7 strategies × 1,000 runs", Math.Min(reps, 5), procsim,
                ["compare", standoff, "--runs", "1000", "--out", Path.Combine(output, "compare")]);
            Measure("sweep lhs, 142,858 samples × 7 strategies = 1,000,006 runs, --fail", Math.Min(reps, 3), procsim,
                ["sweep", standoff, "--design", "lhs", "--samples", "142858", "--fail", "capability_gap_weeks > 12", "--out", Path.Combine(output, "sweep")]);
            if (args.Contains("--ten-million"))
            {
                Measure("compare, teaching-minimal, 2 strategies × 10,000,000 runs", 1, procsim,
                    ["compare", teaching, "--runs", "10000000", "--out", Path.Combine(output, "ten-million")]);
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
            samples.Add(ExperimentHarness.Once(procsim, args));
        }
        var walls = samples.Select(s => s.Wall).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  median {ExperimentHarness.Median(walls):0.000} s wall (min {walls.Min():0.000}, max {walls.Max():0.000}), {ExperimentHarness.Median(samples.Select(s => s.Cpu)):0.00} s CPU, peak {samples.Max(s => s.PeakBytes) / 1048576.0:0} MiB over {reps} runs"));
    }
}
