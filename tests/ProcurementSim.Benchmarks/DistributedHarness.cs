using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using Grpc.AspNetCore.Server;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ProcurementSim.Benchmarks.Distributed;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Hosting;

namespace ProcurementSim.Benchmarks;

/// <summary>
/// The <c>--distributed</c> harness (docs/PERFORMANCE.md, "Distributed runs" and "At scale"): the four services in this
/// process, each a real Kestrel host on loopback with its own MassTransit bus on a real RabbitMQ (RABBITMQ_URL, else a
/// private node of the local rabbitmq-server), built with the services' own builder extensions. At each number of runs
/// in flight (<c>--in-flight 1,8,32,128</c>) it plays <c>--runs</c> runs (default 40; at least twice the runs in flight)
/// of the scenario (default usage-policy-standoff.yaml, <c>--strategy</c> default structured_replacement; seeds: the
/// scenario's, +1, +2, ...) embedded (the Core in this process) and through the public API, <c>--repeats</c> times
/// (default 3) after a warm-up, checks every result against the embedded run's bytes, and prints per level the median
/// runs/s of both, the gRPC calls and bus messages per run (counted by a server interceptor on every service and a
/// publish/consume observer on every bus: what RabbitMQ delivered to a consumer), and the CPU per run summed over every
/// process (this one, which hosts the services, and the broker's), then the raw ceilings on the same machine.
/// With <c>--allocs</c> it also prints which types the timed batches allocated (sampled, <see cref="AllocationProfile"/>).
/// Exit code 1 when a run's bytes differ or the build is not optimised; missing a target is reported, not an error.
/// </summary>
internal static class DistributedHarness
{
    // Issue 14's targets on the 2-CPU machine, at 32 runs in flight.
    private const double TargetRunsPerSecond = 150;
    private const double TargetCallsPerRun = 25;
    private const double TargetCpuMillisecondsPerRun = 5;
    private const int TargetInFlight = 32;

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var runs = IntOption(args, "--runs", 40);
        var repeats = IntOption(args, "--repeats", 3);
        var strategyName = StringOption(args, "--strategy") ?? "structured_replacement";
        var inFlights = (StringOption(args, "--in-flight") ?? "1,8,32,128").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var path = ScenarioFixture.ResolvePath();
        var scenario = ScenarioFixture.Load(path);
        var strategy = scenario.FindStrategy(strategyName) ?? throw new ArgumentException($"the scenario has no strategy '{strategyName}'");
        var optimised = IsOptimised(typeof(Simulator).Assembly) && IsOptimised(typeof(DistributedHarness).Assembly)
            && IsOptimised(typeof(Orchestrator.OrchestratorExtensions).Assembly);

        Console.WriteLine("ProcurementSim distributed runs/s (--distributed)");
        Console.WriteLine(Line($"scenario:   {path} ({scenario.Ticks} ticks, {scenario.Vendors.Count} vendors), strategy {strategy.Name}"));
        Console.WriteLine(Line($"runtime:    {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}"));
        Console.WriteLine(Line($"machine:    {CpuModel()}, {Environment.ProcessorCount} logical CPUs; GC {(GCSettings.IsServerGC ? "server" : "workstation")}; build {(optimised ? "optimised" : "NOT OPTIMISED (use -c Release)")}"));
        int RunsAt(int inFlight) => Math.Max(runs, 2 * inFlight);
        Console.WriteLine(Line($"harness:    {string.Join(", ", inFlights.Select(k => $"{RunsAt(k)} runs at {k} in flight"))}, x {repeats} repeats, embedded and distributed, after a warm-up; load average {LoadAverage()}"));

        var clock = Stopwatch.StartNew();
        await using var broker = await BenchmarkBroker.StartAsync();
        Console.WriteLine(Line($"broker:     {broker.Description}, ready in {clock.Elapsed.TotalSeconds:F1} s"));

        // Every result is checked against the embedded run's bytes (computed here, before any timing).
        var expected = Enumerable.Range(0, runs).Select(i =>
        {
            var seed = Seeds.At(scenario, i);
            var result = Simulator.Run(scenario, strategy, seed, RunOptions.Default);
            return (seed, ResultJsonWriter.ToBytes(result), TimelineCsvWriter.ToBytes(result));
        }).ToList();

        var calls = new CallCounter();
        var bus = new BusCounter();
        void Count(WebApplicationBuilder builder)
        {
            builder.Services.AddSingleton(calls);
            builder.Services.Configure<GrpcServiceOptions>(grpc => grpc.Interceptors.Add<CallCounter>());
        }

        clock.Restart();
        await using var system = await DistributedSystem.StartAsync(broker.AmqpUrl, new DistributedSystemOptions
        {
            ConfigureActorService = (builder, _, _) => Count(builder),
            ConfigureOrchestrator = Count,
            Settings = new Dictionary<string, string?>
            {
                ["Orchestrator:MaxConcurrentRuns"] = Math.Max(16, inFlights.Max()).ToString(CultureInfo.InvariantCulture),
                // A finished run must outlive its client's GetResult: with 128 clients, more than the default 100 finish at once.
                ["Orchestrator:MaxRetainedRuns"] = Math.Max(100, 4 * inFlights.Max()).ToString(CultureInfo.InvariantCulture),
            },
        });
        foreach (var host in system.All) bus.Connect(host.App.Services.GetRequiredService<IBus>());
        Console.WriteLine(Line($"services:   orchestrator, agency, vendor, replacement-vendor in this process (one replica each), started in {clock.Elapsed.TotalSeconds:F1} s"));

        using var channel = OrchestratorApi.Channel(system.Orchestrator.GrpcAddress);
        var api = new OrchestratorApi(channel.CreateCallInvoker());
        var batch = new RunBatch(system, api, File.ReadAllText(path), Path.GetFileName(path), strategy.Name, expected, calls, bus, broker.CpuTime);
        var embedded = new EmbeddedBatch(scenario, strategy, expected);

        // Warm-up: long enough for tiered compilation to settle (a run calls some methods only once, so they reach
        // tier 1 only after dozens of runs), at least 20 s and 48 runs.
        var warming = Stopwatch.StartNew();
        var warmed = 0;
        while (warming.Elapsed < TimeSpan.FromSeconds(20) || warmed < 48)
        {
            await batch.PlayAsync(8, 16);
            warmed += 16;
        }

        await batch.PlayAsync(1, 4);
        embedded.Play(Environment.ProcessorCount, 48);
        Console.WriteLine(Line($"warm-up:    {warmed + 4} runs in {warming.Elapsed.TotalSeconds:F0} s"));
        Console.WriteLine();
        // --allocs: which types the distributed batches allocate (sampled; every process's share, as all run here).
        using var allocations = args.Contains("--allocs") ? new AllocationProfile() : null;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var results = inFlights.ToDictionary(k => k, _ => new List<BatchResult>());
        var embeddedResults = inFlights.ToDictionary(k => k, _ => new List<(double RunsPerSecond, double CpuMillisecondsPerRun, int Mismatches)>());
        for (var r = 0; r < repeats; r++)
        {
            foreach (var k in inFlights)
            {
                embeddedResults[k].Add(embedded.Play(k, RunsAt(k)));
                results[k].Add(await batch.PlayAsync(k, RunsAt(k)));
            }
        }

        if (allocations is not null)
        {
            allocations.Dispose();
            var played = inFlights.Sum(k => RunsAt(k) * repeats);
            allocations.PrintShares(GC.GetTotalAllocatedBytes() - allocatedBefore, played, $"the distributed and embedded batches, per distributed run ({played} runs)");
        }

        Console.WriteLine("Embedded and distributed at each number of runs in flight (medians of the repeats; CPU summed over every process,");
        Console.WriteLine("the broker's included; gRPC calls and bus messages per run counted on the receiving side):");
        Console.WriteLine(Line($"{"in flight",9} {"embedded runs/s",16} {"CPU ms/run",11} | {"distributed runs/s",19} {"min",7} {"max",7} {"CPU ms/run",11} {"(services",10} {"+ broker)",10} {"gRPC calls/run",15} {"bus msgs/run",13}"));
        foreach (var k in inFlights)
        {
            double Median(Func<BatchResult, double> f) => Stats.Median(results[k].Select(f));
            var rates = results[k].Select(b => b.RunsPerSecond).ToList();
            var services = Median(b => b.CpuMillisecondsPerRun);
            var brokerCpu = Median(b => b.BrokerCpuMillisecondsPerRun);
            var callsPerRun = Median(b => CallsOf(b) / (double)RunsAt(k));
            var delivered = Median(b => b.Consumed.Values.Sum() / (double)RunsAt(k));
            Console.WriteLine(Line($"{k,9} {Stats.Median(embeddedResults[k].Select(e => e.RunsPerSecond)),16:F1} {Stats.Median(embeddedResults[k].Select(e => e.CpuMillisecondsPerRun)),11:F1} | {Stats.Median(rates),19:F2} {rates.Min(),7:F2} {rates.Max(),7:F2} {services + (double.IsNaN(brokerCpu) ? 0 : brokerCpu),11:F1} {services,10:F1} {brokerCpu,10:F1} {callsPerRun,15:F1} {delivered,13:F1}"));
        }

        Console.WriteLine();

        Console.WriteLine("Distributed runs through the public API (StartRun, WatchRun to the end, GetResult; every result checked byte for byte):");
        Console.WriteLine(Line($"{"in flight",9} {"median runs/s",14} {"min",7} {"max",7} {"ms/run (median run)",20} {"CPU ms/run",11} {"MB alloc/run",13} {"GCs/run 0/1/2",16}"));
        foreach (var k in inFlights)
        {
            var rates = results[k].Select(b => b.RunsPerSecond).ToList();
            double Median(Func<BatchResult, double> f) => Stats.Median(results[k].Select(f));
            var gcs = $"{Median(b => b.GcsPerRun.Gen0):F1}/{Median(b => b.GcsPerRun.Gen1):F1}/{Median(b => b.GcsPerRun.Gen2):F2}";
            Console.WriteLine(Line($"{k,9} {Stats.Median(rates),14:F2} {rates.Min(),7:F2} {rates.Max(),7:F2} {Median(b => b.MedianRunMilliseconds),20:F0} {Median(b => b.CpuMillisecondsPerRun),11:F0} {Median(b => b.AllocatedMegabytesPerRun),13:F1} {gcs,16}"));
        }

        var all = results.SelectMany(l => l.Value.Select(b => (Batch: b, Runs: (double)RunsAt(l.Key)))).ToList();
        double PerRun(Func<BatchResult, double> count) => Stats.Median(all.Select(b => count(b.Batch) / b.Runs));
        static long Sum(IReadOnlyDictionary<string, long> counts, Func<string, bool> which) => counts.Where(c => which(c.Key)).Sum(c => c.Value);
        static bool IsCall(string key) => !key.Contains('#', StringComparison.Ordinal);
        static bool Of(string key, string suffix, params string[] methods) => methods.Any(m => key.EndsWith("/" + m + suffix, StringComparison.Ordinal));
        var grpcPerRun = PerRun(b => Sum(b.Calls, IsCall));
        var publishedPerRun = PerRun(b => b.Published.Values.Sum());
        var consumedPerRun = PerRun(b => b.Consumed.Values.Sum());
        Console.WriteLine();
        Console.WriteLine("Per run (medians over every timed batch; counted on the receiving side):");
        var publicApi = PerRun(b => Sum(b.Calls, m => m.StartsWith("/procurementsim.v1.Orchestrator/", StringComparison.Ordinal)));
        var init = PerRun(b => Sum(b.Calls, m => m.EndsWith("/InitRun", StringComparison.Ordinal)));
        var advance = PerRun(b => Sum(b.Calls, m => m.EndsWith("/AdvanceTick", StringComparison.Ordinal)));
        var streams = PerRun(b => Sum(b.Calls, m => Of(m, "", "AdvanceTicks", "AdvanceTickWaves", "Deliver", "DeliverWaves")));
        var streamedDeliveries = PerRun(b => Sum(b.Calls, m => Of(m, CallCounter.StreamEntries, "Deliver", "DeliverWaves")));
        var deliveryMessages = PerRun(b => Sum(b.Calls, m => Of(m, CallCounter.StreamMessages, "Deliver", "DeliverWaves")));
        var streamedTicks = PerRun(b => Sum(b.Calls, m => Of(m, CallCounter.StreamEntries, "AdvanceTicks", "AdvanceTickWaves")));
        var tickMessages = PerRun(b => Sum(b.Calls, m => Of(m, CallCounter.StreamMessages, "AdvanceTicks", "AdvanceTickWaves")));
        var answerMessages = PerRun(b => Sum(b.Calls, m => Of(m, CallCounter.StreamAnswers, "AdvanceTicks", "AdvanceTickWaves", "Deliver", "DeliverWaves")));
        var waveMessages = PerRun(b => Sum(b.Calls, m => Of(m, CallCounter.StreamMessages, "AdvanceTickWaves", "DeliverWaves")));
        var deliveries = PerRun(b => Sum(b.Calls, m => m.StartsWith("/procurementsim.v1.Agency/", StringComparison.Ordinal) || m.StartsWith("/procurementsim.v1.Vendor/", StringComparison.Ordinal)));
        var end = PerRun(b => Sum(b.Calls, m => m.EndsWith("/EndRun", StringComparison.Ordinal)));
        Console.WriteLine(Line($"  gRPC calls          {grpcPerRun,8:F1}  = public API {publicApi:F1} + InitRun {init:F1} + AdvanceTick {advance:F1} + streams opened {streams:F2} + actor-to-actor delivery calls {deliveries:F1} + EndRun {end:F1}"));
        Console.WriteLine(Line($"  ticks on streams    {streamedTicks,8:F1}  (one per actor and tick) in {tickMessages:F1} stream messages to the actor services (not calls)"));
        Console.WriteLine(Line($"  deliveries on streams {streamedDeliveries,6:F1}  (between actor services) in {deliveryMessages:F1} stream messages (not calls)"));
        Console.WriteLine(Line($"  wave messages       {waveMessages,8:F1}  of those (AdvanceTickWaves, DeliverWaves: each carries every entry queued when its writer came free)"));
        Console.WriteLine(Line($"  answer messages     {answerMessages,8:F1}  written back on those streams (a wave's carries every answer ready when the service's writer came free)"));
        Console.WriteLine(Line($"  bus messages        {publishedPerRun,8:F1}  published = domain events {PerRun(b => Sum(b.Published, t => t != "RunCompleted")):F1} + RunCompleted {PerRun(b => Sum(b.Published, t => t == "RunCompleted")):F1}"));
        Console.WriteLine(Line($"                      {consumedPerRun,8:F1}  consumed (the orchestrator takes each event; every actor service instance takes RunCompleted)"));
        var eventTicks = PerRun(b => b.TicksWithEvents);
        Console.WriteLine(Line($"  ticks               {scenario.Ticks,8}  ({grpcPerRun / scenario.Ticks:F2} gRPC calls and {publishedPerRun / scenario.Ticks:F2} bus messages per tick; {eventTicks:F1} ticks publish events, so only their barriers wait for the bus)"));

        Console.WriteLine();
        Console.WriteLine("Ceilings on the same machine (medians of 3):");
        var (plainCalls, peerCalls) = await GrpcCeiling.MeasureAsync(TimeSpan.FromSeconds(3), 3);
        Console.WriteLine(Line($"  gRPC unary, sequential, one channel, trivial service: {plainCalls,8:N0} calls/s ({1e6 / plainCalls:F0} µs a call); through PeerChannels (Polly): {peerCalls:N0} calls/s"));
        var stackCalls = await GrpcCeiling.MeasureServiceStackAsync(system.Replicas("agency")[0].GrpcAddress, TimeSpan.FromSeconds(3), 3);
        Console.WriteLine(Line($"  the same against the agency service's full hosting stack (EndRun of an unknown run, plain channel): {stackCalls,8:N0} calls/s ({1e6 / stackCalls:F0} µs a call)"));
        var (busRate, busTrip) = await BusCeiling.MeasureAsync(broker.AmqpUrl, 5_000, 3);
        Console.WriteLine(Line($"  MassTransit publish+consume, one queue, confirms, 200 in flight: {busRate,8:N0} msgs/s; one at a time: {busTrip:F0} µs publish to consume"));

        var (textMs, htmlMs, htmlMb) = ReportCost.Measure(scenario, strategy, 10);
        Console.WriteLine(Line($"  rendering one run's files on one thread (the orchestrator renders report.html only when a client asks for it): result.json + timeline.csv {textMs:F1} ms, report.html {htmlMs:F0} ms and {htmlMb:F0} MB allocated"));

        var one = Stats.Median(results.GetValueOrDefault(1, []).Select(b => b.RunsPerSecond));
        var targetRate = Stats.Median(results.GetValueOrDefault(TargetInFlight, []).Select(b => b.RunsPerSecond));
        Console.WriteLine();
        Console.WriteLine("Ratios:");
        if (!double.IsNaN(one))
        {
            var runMs = 1000 / one;
            Console.WriteLine(Line($"  1 in flight: a run takes {runMs:F0} ms = {runMs / scenario.Ticks:F2} ms a tick; its {grpcPerRun:F0} calls one after another at the ceiling would take {1000 * grpcPerRun / plainCalls:F0} ms ({100 * grpcPerRun / plainCalls / (runMs / 1000):F0} %), its {eventTicks:F0} event barriers that wait, at one bus round trip each, {eventTicks * busTrip / 1000:F0} ms ({100 * eventTicks * busTrip / 1000 / runMs:F0} %)"));
        }

        if (!double.IsNaN(targetRate))
        {
            var cpuPerRun = Stats.Median(results[TargetInFlight].Select(b => b.CpuMillisecondsPerRun));
            Console.WriteLine(Line($"  {TargetInFlight} in flight: {cpuPerRun:F0} ms CPU a run in this process: the {Environment.ProcessorCount} CPUs would allow at most {Environment.ProcessorCount * 1000 / cpuPerRun:F1} runs/s (the broker shares the CPUs); a run whose client also fetches report.html adds about {htmlMs:F0} ms"));
            Console.WriteLine(Line($"  {TargetInFlight} in flight: {targetRate:F1} runs/s = {targetRate * grpcPerRun:N0} gRPC calls/s ({100 * targetRate * grpcPerRun / plainCalls:F0} % of the sequential ceiling) and {targetRate * (publishedPerRun + consumedPerRun):N0} bus messages/s published+consumed ({100 * targetRate * publishedPerRun / busRate:F0} % of the bus ceiling)"));
        }

        var mismatches = all.Sum(b => b.Batch.Mismatches) + embeddedResults.Values.SelectMany(e => e).Sum(e => e.Mismatches);
        Console.WriteLine();
        Console.WriteLine(Line($"load average after: {LoadAverage()}"));
        if (results.TryGetValue(TargetInFlight, out var atTarget))
        {
            var rate = Stats.Median(atTarget.Select(b => b.RunsPerSecond));
            var targetCalls = Stats.Median(atTarget.Select(b => CallsOf(b) / (double)RunsAt(TargetInFlight)));
            var cpu = Stats.Median(atTarget.Select(b => b.CpuMillisecondsPerRun + (double.IsNaN(b.BrokerCpuMillisecondsPerRun) ? 0 : b.BrokerCpuMillisecondsPerRun)));
            Console.WriteLine(Line($"target at {TargetInFlight} in flight: at least {TargetRunsPerSecond:F0} runs/s: {(rate >= TargetRunsPerSecond ? "MET" : "NOT MET")} ({rate:F1}); at most {TargetCallsPerRun:F0} gRPC calls a run: {(targetCalls <= TargetCallsPerRun ? "MET" : "NOT MET")} ({targetCalls:F1}); at most {TargetCpuMillisecondsPerRun:F0} ms CPU a run: {(cpu <= TargetCpuMillisecondsPerRun ? "MET" : "NOT MET")} ({cpu:F1})"));
        }

        Console.WriteLine(mismatches == 0 ? "results: every run gave the embedded run's result.json and timeline.csv" : Line($"error: {mismatches} run(s) differ from the embedded run"));
        if (!optimised) Console.WriteLine("error: the build is not optimised; figures from it mean nothing (dotnet run -c Release ...)");
        return mismatches == 0 && optimised ? 0 : 1;
    }

    // gRPC calls a batch's runs made: every call, not the messages on open streams.
    private static long CallsOf(BatchResult batch) =>
        batch.Calls.Where(c => !c.Key.Contains('#', StringComparison.Ordinal)).Sum(c => c.Value);

    private static bool IsOptimised(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };

    private static string CpuModel()
    {
        try
        {
            var line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
            return line is null ? "CPU model unknown" : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return "CPU model unknown";
        }
    }

    internal static string LoadAverage()
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
        var text = StringOption(args, name);
        if (text is null) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} takes a positive whole number, not '{text}'");
    }

    internal static string? StringOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    internal static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
