using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Benchmarks;

/// <summary>Finds and loads the benchmarked scenario, <c>scenarios/usage-policy-standoff.yaml</c>.</summary>
internal static class ScenarioFixture
{
    /// <summary>Environment variable that names the scenario file to benchmark instead of the default.</summary>
    public const string PathVariable = "PROCSIM_SCENARIO";

    private const string SolutionFile = "ProcurementSim.sln";
    private const string DefaultScenario = "usage-policy-standoff.yaml";

    private static readonly Lazy<Scenario> Loaded = new(() => Load(ResolvePath()));

    /// <summary>The scenario, loaded once per process.</summary>
    public static Scenario Scenario => Loaded.Value;

    /// <summary>
    /// The scenario file: <c>$PROCSIM_SCENARIO</c> when set, else <c>scenarios/usage-policy-standoff.yaml</c> in the
    /// first folder above <see cref="AppContext.BaseDirectory"/> (or the working directory) that holds ProcurementSim.sln.
    /// BenchmarkDotNet runs each benchmark from a generated project under this project's bin/, so the walk finds the
    /// repository from there too.
    /// </summary>
    public static string ResolvePath()
    {
        var fromEnv = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv)) return Path.GetFullPath(fromEnv);
        return Path.Combine(FindRepositoryRoot() ?? throw new InvalidOperationException(
            $"cannot find {SolutionFile} above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}; set {PathVariable} to the scenario file"),
            "scenarios", DefaultScenario);
    }

    /// <summary>The first folder above <see cref="AppContext.BaseDirectory"/> (or the working directory) that holds ProcurementSim.sln.</summary>
    public static string? FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>Loads a scenario file, failing loudly with its diagnostics.</summary>
    public static Scenario Load(string path)
    {
        var result = ScenarioLoader.LoadFile(path);
        if (result.Scenario is null || !result.IsValid)
        {
            throw new InvalidOperationException($"cannot load {path}:{Environment.NewLine}" + string.Join(Environment.NewLine, result.Diagnostics));
        }
        return result.Scenario!;
    }

    /// <summary>The scenario's strategy of that name.</summary>
    public static StrategySpec Strategy(string name) =>
        Scenario.FindStrategy(name) ?? throw new InvalidOperationException(
            $"the scenario has no strategy '{name}'; it has: {string.Join(", ", Scenario.Strategies.Select(s => s.Name))}");
}
