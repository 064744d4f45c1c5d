using System.Text.Json;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Options;

/// <summary>Every option of every procsim command with the check of its effect; <see cref="EveryOptionTests"/> runs them and guards that none is missing.</summary>
internal static class OptionTable
{
    /// <summary>The smallest reference scenario: one category, two strategies, 12 weeks.</summary>
    public static string Minimal => ReferenceScenarios.TeachingMinimalPath;

    public static IReadOnlyList<OptionCase> All { get; } =
    [
        .. RootOptionCases.All,
        .. RunOptionCases.All,
        .. ExperimentOptionCases.All("compare", "--runs"),
        ShardOptionCases.Shard("compare", "--runs"),
        .. ExperimentOptionCases.All("sweep", "--samples"),
        .. SweepOptionCases.All,
        ShardOptionCases.Shard("sweep", "--samples"),
        ShardOptionCases.MergeOut,
        .. OptimizeOptionCases.All,
        .. RemoteOptionCases.For("run", "validate", "compare", "sweep", "optimize"),
        .. ServeOptionCases.All,
        .. HelpOptionCases.For("run", "validate", "strategies", "compare", "sweep", "optimize", "merge", "serve"),
    ];

    public static IReadOnlyDictionary<string, OptionCase> ByKey { get; } = All.ToDictionary(c => c.Key, StringComparer.Ordinal);

    /// <summary>The header of an experiment's compare.json or sweep.json.</summary>
    public static JsonElement Header(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        return json.RootElement.GetProperty("header").Clone();
    }

    /// <summary>The strategy column of runs.csv, one entry per row.</summary>
    public static string[] StrategiesOf(string runsCsv) => [.. File.ReadAllLines(runsCsv)[1..].Select(r => r.Split(',')[3])];
}
