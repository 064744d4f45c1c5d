using System.Globalization;
using System.Text.Json;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// <c>--optimize</c>: times the real <c>procsim optimize</c> as a child process (issue 16's budget by default: 40 candidates ×
/// 50 generations × 100 states, 204,000 candidate-state pairs with the initial population): wall time, cores kept busy,
/// peak memory, and the runs actually played (a setting the search breeds twice is played once, and the strategies as
/// written and the re-evaluation add theirs). Options: <c>--reps N</c> (default 3), <c>--population N</c>,
/// <c>--generations N</c>, <c>--states N</c>.
/// </summary>
internal static class OptimizeHarness
{
    public static int Run(string[] args)
    {
        if (ExperimentHarness.BuiltProcsim() is not var (root, procsim)) return 2;

        var reps = ExperimentHarness.Option(args, "--reps", 3);
        var population = ExperimentHarness.Option(args, "--population", 40);
        var generations = ExperimentHarness.Option(args, "--generations", 50);
        var states = ExperimentHarness.Option(args, "--states", 100);
        var scenario = Path.Combine(root, "scenarios", "usage-policy-standoff.yaml");
        var output = Directory.CreateTempSubdirectory("procsim-bench-").FullName;
        try
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"optimize structured_replacement, {population} candidates × {generations} generations × {states} states ({(long)population * (generations + 1) * states:N0} candidate-state pairs)"));
            var walls = new List<double>();
            for (var r = 0; r < reps; r++)
            {
                var (wall, cpu, peak) = ExperimentHarness.Once(procsim,
                [
                    "optimize", scenario, "--strategy", "structured_replacement", "--population", Text(population),
                    "--generations", Text(generations), "--states", Text(states), "--out", output,
                ]);
                using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "optimize.json")));
                var played = json.RootElement.GetProperty("runs").GetInt64();
                walls.Add(wall);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  rep {r + 1}: {wall:0.00} s wall, {cpu / wall:0.00} cores, peak {peak / 1048576.0:0} MiB, {played:N0} runs played ({played / wall:N0} runs/s)"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  median: {ExperimentHarness.Median(walls):0.00} s wall"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
        return 0;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
