using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.IntegrationTests.Support;

/// <summary>The reference scenarios: every scenarios/*.yaml of the repository, copied next to the tests by the project file.</summary>
public static class ReferenceScenarios
{
    public const string Standoff = "usage-policy-standoff.yaml";
    public const string TeachingMinimal = "teaching-minimal.yaml";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "scenarios");

    /// <summary>File names, sorted.</summary>
    public static IReadOnlyList<string> Files =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static string PathOf(string file) => Path.Combine(Directory, file);

    public static string Text(string file) => File.ReadAllText(PathOf(file));

    /// <summary>Loads a reference scenario; it must be valid.</summary>
    public static Scenario Load(string file)
    {
        var loaded = ScenarioLoader.LoadFile(PathOf(file));
        return loaded.IsValid && loaded.Scenario is { } scenario
            ? scenario
            : throw new InvalidOperationException($"{file} does not load: {string.Join("; ", loaded.Diagnostics)}");
    }

    /// <summary>Every (file, strategy) pair, files sorted, strategies in file order.</summary>
    public static IEnumerable<(string File, string Strategy)> Pairs() =>
        Files.SelectMany(file => Load(file).Strategies.Select(s => (file, s.Name)));
}
