using System.Diagnostics;
using System.Globalization;
using ProcurementSim.Benchmarks.Distributed;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// The <c>--distributed-compare</c> harness (docs/PERFORMANCE.md, "A compare through the services"): issue 14's
/// "7 x 60 compare through the services within 4x the embedded wall time". The real <c>procsim compare</c> command,
/// a child process each time, played embedded (<c>--runs N</c>) and through the services (<c>--runs N --remote URL
/// -j K</c>) against the four services hosted in this process (real Kestrel hosts, a real RabbitMQ: RABBITMQ_URL, else
/// a private node of the local rabbitmq-server), alternately, <c>--repeats</c> times after a warm-up. It prints the
/// median wall time of each, their ratio, and the CPU of every process (the command, this process hosting the services,
/// the broker) per run, and checks that every file the remote command wrote equals the embedded command's byte for byte.
/// Exit code 1 when a file differs.
/// </summary>
internal static class CompareHarness
{
    private const double TargetRatio = 4;

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        if (ExperimentHarness.BuiltProcsim() is not var (root, procsim)) return 2;
        var runs = ExperimentHarness.Option(args, "--runs", 60);
        var repeats = ExperimentHarness.Option(args, "--repeats", 3);
        var parallels = (DistributedHarness.StringOption(args, "--parallel") ?? "8,32").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var scenario = Path.Combine(root, "scenarios", "usage-policy-standoff.yaml");
        var output = Directory.CreateTempSubdirectory("procsim-compare-bench-").FullName;
        Console.WriteLine("ProcurementSim: a compare through the services against the same compare embedded (--distributed-compare)");
        Console.WriteLine(DistributedHarness.Line($"command:    procsim compare {Path.GetRelativePath(root, scenario)} --runs {runs} (all 7 strategies: {7 * runs} runs), embedded and with --remote -j {string.Join('/', parallels)}; {repeats} repeats after a warm-up"));
        Console.WriteLine(DistributedHarness.Line($"machine:    {Environment.ProcessorCount} logical CPUs; load average {DistributedHarness.LoadAverage()}"));

        await using var broker = await BenchmarkBroker.StartAsync();
        await using var system = await DistributedSystem.StartAsync(broker.AmqpUrl, new DistributedSystemOptions
        {
            Settings = new Dictionary<string, string?>
            {
                ["Orchestrator:MaxConcurrentRuns"] = Math.Max(16, parallels.Max()).ToString(CultureInfo.InvariantCulture),
                ["Orchestrator:MaxRetainedRuns"] = Math.Max(100, 4 * parallels.Max()).ToString(CultureInfo.InvariantCulture),
            },
        });
        var url = system.Orchestrator.GrpcAddress;
        Console.WriteLine(DistributedHarness.Line($"services:   orchestrator, agency, vendor, replacement-vendor in this process at {url}; broker: {broker.Description}"));

        string[] Embedded(string dir) => ["compare", scenario, "--runs", Text(runs), "--out", dir];
        string[] Remote(string dir, int k) => ["compare", scenario, "--runs", Text(runs), "--remote", url, "-j", Text(k), "--out", dir];

        // Warm-up: the services' JIT (the first remote command after start-up is several times slower).
        ExperimentHarness.Once(procsim, ["compare", scenario, "--runs", "10", "--remote", url, "-j", Text(parallels.Max()), "--out", Path.Combine(output, "warm")]);
        ExperimentHarness.Once(procsim, Embedded(Path.Combine(output, "warm-embedded")));

        var embedded = new List<Sample>();
        var remote = parallels.ToDictionary(k => k, _ => new List<Sample>());
        var differences = new List<string>();
        for (var r = 0; r < repeats; r++)
        {
            var expected = Path.Combine(output, $"embedded-{r}");
            embedded.Add(Measure(procsim, Embedded(expected), broker));
            foreach (var k in parallels)
            {
                var dir = Path.Combine(output, $"remote-{k}-{r}");
                remote[k].Add(Measure(procsim, Remote(dir, k), broker));
                differences.AddRange(Differences(expected, dir));
            }
        }

        var total = 7.0 * runs;
        var embeddedWall = ExperimentHarness.Median(embedded.Select(s => s.Wall));
        Console.WriteLine();
        Console.WriteLine(DistributedHarness.Line($"{"mode",-22} {"wall s (median)",16} {"min",7} {"max",7} {"x embedded",11} {"runs/s",8} {"CPU ms/run: command",20} {"+ services",11} {"+ broker",9} {"= total",8}"));
        Print("embedded", embedded);
        foreach (var k in parallels) Print($"--remote -j {k}", remote[k]);

        void Print(string mode, List<Sample> samples)
        {
            var wall = ExperimentHarness.Median(samples.Select(s => s.Wall));
            double PerRun(Func<Sample, double> f) => 1000 * ExperimentHarness.Median(samples.Select(f)) / total;
            var (client, services, brokerCpu) = (PerRun(s => s.ClientCpu), PerRun(s => s.ServicesCpu), PerRun(s => s.BrokerCpu));
            Console.WriteLine(DistributedHarness.Line($"{mode,-22} {wall,16:F2} {samples.Min(s => s.Wall),7:F2} {samples.Max(s => s.Wall),7:F2} {wall / embeddedWall,11:F1} {total / wall,8:F0} {client,20:F2} {services,11:F2} {brokerCpu,9:F2} {client + services + brokerCpu,8:F2}"));
        }

        Console.WriteLine();
        Console.WriteLine(DistributedHarness.Line($"load average after: {DistributedHarness.LoadAverage()}"));
        foreach (var k in parallels)
        {
            var ratio = ExperimentHarness.Median(remote[k].Select(s => s.Wall)) / embeddedWall;
            Console.WriteLine(DistributedHarness.Line($"target: the compare through the services (-j {k}) within {TargetRatio:F0}x the embedded wall time: {(ratio <= TargetRatio ? "MET" : "NOT MET")} ({ratio:F1}x)"));
        }

        foreach (var d in differences) Console.WriteLine("error: " + d);
        Console.WriteLine(differences.Count == 0 ? "files: every remote command's files equal the embedded command's, byte for byte" : DistributedHarness.Line($"error: {differences.Count} file(s) differ"));
        Directory.Delete(output, recursive: true);
        return differences.Count == 0 ? 0 : 1;
    }

    private static Sample Measure(string procsim, string[] args, BenchmarkBroker broker)
    {
        var self = Process.GetCurrentProcess();
        self.Refresh();
        var servicesBefore = self.TotalProcessorTime;
        var brokerBefore = broker.CpuTime();
        var (wall, cpu, _) = ExperimentHarness.Once(procsim, args);
        self.Refresh();
        var brokerCpu = broker.CpuTime() is { } after && brokerBefore is { } before ? (after - before).TotalSeconds : 0;
        return new Sample(wall, cpu, (self.TotalProcessorTime - servicesBefore).TotalSeconds, brokerCpu);
    }

    // Every file the embedded command wrote, compared with the remote command's file of the same name.
    private static IEnumerable<string> Differences(string expected, string actual)
    {
        foreach (var file in Directory.GetFiles(expected).Order(StringComparer.Ordinal))
        {
            var other = Path.Combine(actual, Path.GetFileName(file));
            if (!File.Exists(other)) yield return $"{Path.GetFileName(file)}: written embedded, missing from {actual}";
            else if (!File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(other))) yield return $"{Path.GetFileName(file)}: {actual} differs from {expected}";
        }
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Sample(double Wall, double ClientCpu, double ServicesCpu, double BrokerCpu);
}
