using System.Globalization;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Metrics;
using ProcurementSim.IntegrationTests.Broker;
using ProcurementSim.IntegrationTests.Support;
using ProcurementSim.Protocol.Mapping;
using ProcurementSim.Protocol.V1;
using ProcurementSim.Testing.Clients;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Hosting;
using ProcurementSim.Testing.Processes;
using ProcurementSim.Testing.Scenarios;
using CoreDesign = ProcurementSim.Core.Experiments.ExperimentDesign;
using WireDesign = ProcurementSim.Protocol.V1.ExperimentDesign;

namespace ProcurementSim.IntegrationTests.EndToEnd;

/// <summary>
/// Experiments over the distributed system (<c>procsim compare|sweep --remote</c>, RunBatch): the runs are spread over
/// two replicas of each actor service by the broker (placement claims on competing consumers, one run per replica at
/// a time), and the files are the embedded command's, byte for byte, whatever --parallel is.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class BatchTests(TwoReplicaSystem fixture) : IClassFixture<TwoReplicaSystem>
{
    private const string Sweep = "batch-sweep.yaml";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private DistributedSystem System => fixture.System;

    [Fact]
    public async Task Compare_remote_writes_the_embedded_runs_csv_and_compare_json_whatever_parallel_and_spreads_runs_over_both_replicas()
    {
        using var temp = new TempDirectory();
        string[] args = ["compare", ReferenceScenarios.PathOf(ReferenceScenarios.Standoff), "--runs", "3", "--strategies", "status_quo,structured_replacement", "--seed", "11"];
        var before = Granted();

        var embedded = await CliOutcome.RunAsync([.. args, "--parallel", "2", "--out", temp.File("embedded")]);
        var one = await CliOutcome.RunAsync([.. args, "--parallel", "1", "--out", temp.File("remote-1"), "--remote", System.Orchestrator.GrpcAddress]);
        var three = await CliOutcome.RunAsync([.. args, "--parallel", "3", "--out", temp.File("remote-3"), "--remote", System.Orchestrator.GrpcAddress]);

        foreach (var outcome in new[] { embedded, one, three })
        {
            Assert.True(outcome.ExitCode == 0, outcome.ToString());
        }

        AssertSameFiles(temp, ["runs.csv", "compare.json", "report.html"], "embedded", "remote-1", "remote-3");
        // 3 states × 2 strategies = 6 runs per command, 12 over the services.
        Assert.Equal(7, File.ReadAllLines(Path.Combine(temp.File("remote-3"), "runs.csv")).Length);
        AssertClaimsSpread(before, runs: 12);
    }

    [Fact]
    public async Task Sweep_remote_over_sampled_uncertainties_and_a_lever_writes_the_embedded_runs_csv_and_sweep_json_whatever_parallel()
    {
        using var temp = new TempDirectory();
        var file = SweepScenario();
        string[] args = ["sweep", file, "--design", "lhs", "--samples", "4", "--strategies", "status_quo,structured_replacement", "--seed", "5"];
        var before = Granted();

        var embedded = await CliOutcome.RunAsync([.. args, "--parallel", "1", "--out", temp.File("embedded")]);
        var two = await CliOutcome.RunAsync([.. args, "--parallel", "2", "--out", temp.File("remote-2"), "--remote", System.Orchestrator.GrpcAddress]);
        var four = await CliOutcome.RunAsync([.. args, "--parallel", "4", "--out", temp.File("remote-4"), "--remote", System.Orchestrator.GrpcAddress]);

        foreach (var outcome in new[] { embedded, two, four })
        {
            Assert.True(outcome.ExitCode == 0, outcome.ToString());
        }

        AssertSameFiles(temp, ["runs.csv", "sweep.json", "report.html"], "embedded", "remote-2", "remote-4");
        var rows = File.ReadAllLines(Path.Combine(temp.File("remote-4"), "runs.csv"));
        Assert.Equal(1 + (4 * 2), rows.Length);
        // Two uncertainties and the lever are columns (the lever named strategy.parameter by default), and the four
        // states hold four different sampled worlds (LHS: one sample in each quarter of every input's range).
        Assert.StartsWith("state,sample,replication,strategy,accreditation_weeks,capability_threshold,structured_replacement.parallel_run_share,score,",
            rows[0], StringComparison.Ordinal);
        Assert.Equal(4, rows.Skip(1).Select(r => string.Join(',', r.Split(',').Skip(4).Take(2))).Distinct().Count());


        AssertClaimsSpread(before, runs: 16);
    }

    [Fact]
    public async Task A_Sobol_sweep_remote_writes_the_embedded_runs_csv_and_sweep_json_whatever_parallel()
    {
        // Sobol plays the AB_i samples of a row with the random streams of its A sample (the plan's StreamStateOf): the
        // orchestrator prepares its runs with the same plan, so the runs and the indices come back the same.
        using var temp = new TempDirectory();
        string[] args = ["sweep", SweepScenario(), "--design", "sobol", "--samples", "2", "--strategies", "status_quo,structured_replacement", "--seed", "5"];

        var embedded = await CliOutcome.RunAsync([.. args, "--parallel", "1", "--out", temp.File("embedded")]);
        var two = await CliOutcome.RunAsync([.. args, "--parallel", "2", "--out", temp.File("remote-2"), "--remote", System.Orchestrator.GrpcAddress]);

        foreach (var outcome in new[] { embedded, two })
        {
            Assert.True(outcome.ExitCode == 0, outcome.ToString());
        }

        AssertSameFiles(temp, ["runs.csv", "sweep.json", "report.html"], "embedded", "remote-2");
        // Two uncertainties and the lever: k = 3, so 2 × (3 + 2) samples × 2 strategies.
        Assert.Equal(1 + (10 * 2), File.ReadAllLines(Path.Combine(temp.File("remote-2"), "runs.csv")).Length);
    }

    [Fact]
    public async Task Optimize_remote_writes_the_embedded_optimize_json_runs_csv_and_report_with_every_run_played_by_the_services()
    {
        // A tiny search (4 candidates, 1 generation of offspring, 2 states): the strategies as written and each
        // generation's candidates go to RunBatch (the candidates' lever values on the wire), the search stays in procsim.
        using var temp = new TempDirectory();
        string[] args = ["optimize", ReferenceScenarios.PathOf(ReferenceScenarios.Standoff), "--strategy", "structured_replacement",
            "--population", "4", "--generations", "1", "--states", "2", "--seed", "5"];
        var before = Granted();

        var embedded = await CliOutcome.RunAsync([.. args, "--parallel", "1", "--out", temp.File("embedded")]);
        var remote = await CliOutcome.RunAsync([.. args, "--parallel", "3", "--out", temp.File("remote-3"), "--remote", System.Orchestrator.GrpcAddress]);

        Assert.True(embedded.ExitCode == 0, embedded.ToString());
        Assert.True(remote.ExitCode == 0, remote.ToString());
        AssertSameFiles(temp, ["optimize.json", "runs.csv", "report.html"], "embedded", "remote-3");
        using var json = global::System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(temp.File("remote-3"), "optimize.json")));
        var root = json.RootElement;
        Assert.True(root.GetProperty("header").GetProperty("complete").GetBoolean());
        Assert.NotEqual(0, root.GetProperty("front").GetArrayLength());
        // Every run the search counts was played on the services: 7 strategies as written in 2 + 2 states, the
        // candidates not taken from the cache, the front in the fresh states.
        var runs = root.GetProperty("runs").GetInt64();
        Assert.InRange(runs, (2 * 2 * 7) + (2 * 4) + 2, (2 * 2 * 7) + (2 * 4 * 2) + (2 * 4));
        AssertClaimsSpread(before, (int)runs);
    }

    [Fact]
    public async Task Optimize_island_shards_played_on_the_services_merge_into_the_embedded_search_with_as_many_islands()
    {
        using var temp = new TempDirectory();
        string[] args = ["optimize", ReferenceScenarios.PathOf(ReferenceScenarios.Standoff), "--strategy", "structured_replacement",
            "--population", "4", "--generations", "1", "--states", "2", "--seed", "8"];

        var islands = await CliOutcome.RunAsync([.. args, "--islands", "2", "--out", temp.File("islands")]);
        var first = await CliOutcome.RunAsync([.. args, "--shard", "1/2", "--parallel", "2", "--out", temp.File("shard1"), "--remote", System.Orchestrator.GrpcAddress]);
        var second = await CliOutcome.RunAsync([.. args, "--shard", "2/2", "--out", temp.File("shard2")]);
        var merged = await CliOutcome.RunAsync(["merge", temp.File("shard2"), temp.File("shard1"), "--out", temp.File("merged")]);

        foreach (var outcome in new[] { islands, first, second, merged })
        {
            Assert.True(outcome.ExitCode == 0, outcome.ToString());
        }

        AssertSameFiles(temp, ["optimize.json", "runs.csv", "report.html"], "islands", "merged");
        // The island played on the services is the one played in process: the same shard, byte for byte.
        var local = await CliOutcome.RunAsync([.. args, "--shard", "1/2", "--out", temp.File("shard1-local")]);
        Assert.True(local.ExitCode == 0, local.ToString());
        SameBytes.Assert(File.ReadAllBytes(Path.Combine(temp.File("shard1-local"), "shard.json")), File.ReadAllBytes(Path.Combine(temp.File("shard1"), "shard.json")), "shard1/shard.json");
    }

    [Fact]
    public async Task RunBatch_gives_every_runs_score_metrics_and_capability_exactly_as_the_core_plays_them_in_process()
    {
        using var temp = new TempDirectory();
        var file = SweepScenario();
        var yaml = await File.ReadAllTextAsync(file);
        var loaded = ScenarioLoader.LoadText(yaml, Sweep);
        var scenario = loaded.Scenario!;
        var request = new RunBatchRequest
        {
            ScenarioYaml = yaml, ScenarioFile = Sweep, Design = WireDesign.LatinHypercube, Samples = 3, Replications = 1, Seed = 9,
            IncludeLevers = true, RecordCapability = true, MaxInFlight = 3, Strategies = { "status_quo", "structured_replacement" },
        };
        Assert.True(ExperimentPlan.TryCreate(scenario, loaded.Experiment, new ExperimentRequest(CoreDesign.LatinHypercube, 3, 1, 9, ["status_quo", "structured_replacement"], true, true),
            out var plan, out var why), why);
        using var channel = OrchestratorApi.Channel(System.Orchestrator.GrpcAddress);

        var states = await new OrchestratorApi(channel.CreateCallInvoker()).RunBatchAsync(request, Timeout);

        Assert.Equal([0, 1, 2], states.Select(s => s.State));
        Assert.Equal(6L, states[^1].RunsDone);
        // The first message names the inputs, in the order of their values; the others carry values only.
        Assert.Equal(plan!.Inputs.Select(i => i.Name), states[0].InputNames);
        Assert.All(states.Skip(1), s => Assert.Empty(s.InputNames));
        foreach (var state in states)
        {
            var expected = plan!.PlayState(state.State);
            Assert.Equal(Bits(expected.Inputs), Bits(state.Inputs));
            Assert.Equal(expected.Runs.Count, state.Runs.Count);
            for (var s = 0; s < expected.Runs.Count; s++)
            {
                var (core, wire) = (expected.Runs[s], state.Runs[s]);
                Assert.Equal(plan.Strategies[s].Name, wire.Strategy);
                Assert.Equal(BitConverter.DoubleToInt64Bits(core.Score), BitConverter.DoubleToInt64Bits(wire.Score));
                Assert.Equal(Bits(Fields(core.Metrics)), Bits(Fields(wire.Metrics)));
                Assert.Equal(Bits(core.Capability), Bits(wire.Capability));
                Assert.Equal(scenario.Ticks, wire.Capability.Count);
            }
        }

        // Meaningful once the scenario's inputs are applied: a state's world is not the file's, and the lever moves the strategy.
        var prepared = plan!.Prepare((0 * 2) + 1);
        Assert.NotSame(plan.Scenario, prepared.Scenario);
        Assert.NotEqual(plan.Strategies[1].Parameters.Values["parallel_run_share"], prepared.Strategy.Parameters.Values["parallel_run_share"]);

    }

    [Fact]
    public async Task Cancelling_a_batch_ends_its_runs_on_every_replica_and_lets_every_claim_go()
    {
        var yaml = ReferenceScenarios.Text(ReferenceScenarios.Standoff);
        var request = new RunBatchRequest
        {
            ScenarioYaml = yaml, ScenarioFile = ReferenceScenarios.Standoff, Design = WireDesign.MonteCarlo, Samples = 50, Replications = 1,
            MaxInFlight = 4, Strategies = { "status_quo", "structured_replacement" },
        };
        using var channel = OrchestratorApi.Channel(System.Orchestrator.GrpcAddress);
        using var stop = new CancellationTokenSource();
        var received = 0;

        await Assert.ThrowsAnyAsync<Exception>(() => new OrchestratorApi(channel.CreateCallInvoker())
            .RunBatchAsync(request, Timeout, _ =>
            {
                received++;
                stop.Cancel();
            }, stop.Token));

        Assert.Equal(1, received);
        // The orchestrator cancels the runs in flight and ends them (EndRun, RunCompleted): nothing stays held anywhere.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (System.Actors.Any(a => a.Runs!.ActiveRuns > 0 || a.Claims!.Held > 0))
        {
            Assert.True(DateTime.UtcNow < deadline, "runs or claims still held 30 s after the batch was cancelled: " +
                string.Join(", ", System.Actors.Select(a => $"{a}: {a.Runs!.ActiveRuns} runs, {a.Claims!.Held} claims")));
            await Task.Delay(100);
        }
    }

    // The sweep's scenario: two uncertainties and a lever, so every state plays a different sampled world.
    private static string SweepScenario()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Scenarios", Sweep);
        var loaded = ScenarioLoader.LoadFile(path);
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Diagnostics));
        Assert.Equal(2, loaded.Experiment.Uncertainties.Count);
        Assert.Single(loaded.Experiment.Levers);
        return path;
    }

    private static void AssertSameFiles(TempDirectory temp, IReadOnlyList<string> names, string expected, params string[] actual)
    {
        foreach (var name in names)
        {
            var bytes = File.ReadAllBytes(Path.Combine(temp.File(expected), name));
            foreach (var directory in actual)
            {
                SameBytes.Assert(bytes, File.ReadAllBytes(Path.Combine(temp.File(directory), name)), $"{directory}/{name}");
            }
        }
    }

    private Dictionary<string, long> Granted() => System.Actors.ToDictionary(a => a.ToString(), a => a.Claims!.Granted);

    // Every run claimed one replica of each service, each replica held at most its capacity (1) at a time, and both
    // replicas of the replacement-vendor service (and of the others) took some of the runs.
    private void AssertClaimsSpread(Dictionary<string, long> before, int runs)
    {
        foreach (var (service, _) in DistributedSystem.ActorServices)
        {
            var taken = System.Replicas(service).Select(r => r.Claims!.Granted - before[r.ToString()]).ToList();
            var detail = string.Create(CultureInfo.InvariantCulture, $"{service}: claims taken per replica [{string.Join(", ", taken)}]");
            Assert.True(taken.Sum() == runs, $"{detail}, expected {runs} in all");
            Assert.True(taken.All(t => t > 0), $"{detail}: a replica took none");
            Assert.All(System.Replicas(service), r => Assert.True(r.Claims!.Peak <= 1, $"{r} held {r.Claims.Peak} claims at once with a capacity of 1"));
        }
    }

    private static long[] Bits(IEnumerable<double> values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];

    private static double[] Fields(RunMetrics m) =>
    [
        .. MetricNames.All.Select(m.Get), m.TransitionCompleted ? 1 : 0,
        m.Cost.ContractSpend, m.Cost.SwitchingCost, m.Cost.TerminationFees, m.Cost.ParallelRunSpend, .. m.ShortfallByCategory,
    ];

    // The wire's metrics read back through the one mapping, then compared field by field with the Core's.
    private static double[] Fields(RunMetricsValues m) => Fields(BatchMapping.ToCore(m));
}
