using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ProcurementSim.Benchmarks;

// dotnet run -c Release --project tests/ProcurementSim.Benchmarks -- --quick      quick runs/s check (QuickHarness)
// dotnet run -c Release --project tests/ProcurementSim.Benchmarks -- --distributed  distributed runs/s over RabbitMQ (DistributedHarness)
// dotnet run -c Release --project tests/ProcurementSim.Benchmarks -- --distributed-compare  procsim compare 7 x 60 through the services vs embedded (CompareHarness)
// dotnet run -c Release --project tests/ProcurementSim.Benchmarks -- --soak         orchestrator memory over 600 runs, 16 in flight (SoakProbe)
// dotnet run -c Release --project tests/ProcurementSim.Benchmarks -- --experiments procsim compare/sweep wall, cores, peak memory (ExperimentHarness)
// dotnet run -c Release --project tests/ProcurementSim.Benchmarks -- --scale       issue 15: run, compare 7 x 1,000, sweep of 1M runs (ScaleHarness)
// dotnet run -c Release --project tests/ProcurementSim.Benchmarks -- --optimize    issue 16: optimize 40 candidates x 50 generations x 100 states (OptimizeHarness)
// dotnet run -c Release --project tests/ProcurementSim.Benchmarks -- --seminar     issue 13: thirty seat pages, a move until the facilitator sees it (SeminarHarness)
// dotnet run -c Release --project tests/ProcurementSim.Benchmarks -- --workbench   issue 17: the workbench's slider round trip, input to repainted charts (WorkbenchHarness)
// dotnet run -c Release --project tests/ProcurementSim.Benchmarks -- --filter '*' BenchmarkDotNet (add --job short for a shorter job)
// docs/PERFORMANCE.md describes both and keeps the figures.
if (args.Contains("--quick")) return QuickHarness.Run(args);
if (args.Contains("--distributed-compare")) return CompareHarness.Run(args);
if (args.Contains("--distributed")) return DistributedHarness.Run(args);
if (args.Contains("--soak")) return SoakProbe.Run(args);
if (args.Contains("--experiments")) return ExperimentHarness.Run(args);
if (args.Contains("--scale")) return ScaleHarness.Run(args);
if (args.Contains("--optimize")) return OptimizeHarness.Run(args);
if (args.Contains("--seminar")) return SeminarHarness.Run(args);
if (args.Contains("--workbench")) return WorkbenchHarness.Run(args);

// Reports go beside this project (git-ignored), not into whatever folder the command ran from; --artifacts overrides.
var config = DefaultConfig.Instance;
if (ScenarioFixture.FindRepositoryRoot() is { } root)
{
    config = config.WithArtifactsPath(Path.Combine(root, "tests", "ProcurementSim.Benchmarks", "BenchmarkDotNet.Artifacts"));
}
BenchmarkSwitcher.FromAssembly(typeof(InProcessRunBenchmarks).Assembly).Run(args, config);
return 0;
