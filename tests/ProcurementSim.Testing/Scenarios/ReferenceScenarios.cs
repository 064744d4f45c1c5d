using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Testing.Scenarios;

/// <summary>
/// The reference scenarios: every scenarios/*.yaml of the repository, copied next to the test assembly by the test
/// project's file (<c>&lt;None Include="..\..\scenarios\**\*" LinkBase="scenarios" .../&gt;</c>).
/// </summary>
public static class ReferenceScenarios
{
    public const string Standoff = "usage-policy-standoff.yaml";
    public const string TeachingMinimal = "teaching-minimal.yaml";
    public const string FragileTransition = "fragile-transition.yaml";

    private static readonly Lazy<LoadResult> StandoffLoaded = new(() => LoadFile(Standoff));

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "scenarios");

    /// <summary>File names, sorted.</summary>
    public static IReadOnlyList<string> Files =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The path of <see cref="Standoff"/>.</summary>
    public static string StandoffPath => PathOf(Standoff);

    /// <summary>The path of <see cref="TeachingMinimal"/>.</summary>
    public static string TeachingMinimalPath => PathOf(TeachingMinimal);

    /// <summary>The path of <see cref="FragileTransition"/>.</summary>
    public static string FragileTransitionPath => PathOf(FragileTransition);

    /// <summary>The standoff's scenario, loaded once (the same instance every time).</summary>
    public static Scenario StandoffScenario => StandoffLoaded.Value.Scenario!;

    /// <summary>The standoff's uncertainties, levers and satisficing criteria.</summary>
    public static ExperimentSpec StandoffExperiment => StandoffLoaded.Value.Experiment;

    public static string PathOf(string file) => Path.Combine(Directory, file);

    public static string Text(string file) => File.ReadAllText(PathOf(file));

    /// <summary>Loads a reference scenario; it must be valid.</summary>
    public static Scenario Load(string file) => LoadFile(file).Scenario!;

    /// <summary>The valid file: its scenario and its experiment sections; a file that does not load throws with its diagnostics.</summary>
    public static LoadResult LoadFile(string file)
    {
        var loaded = ScenarioLoader.LoadFile(PathOf(file));
        return loaded.IsValid && loaded.Scenario is not null
            ? loaded
            : throw new InvalidOperationException($"{file} does not load:{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Diagnostics)}");
    }

    /// <summary>Every (file, strategy) pair, files sorted, strategies in file order.</summary>
    public static IEnumerable<(string File, string Strategy)> Pairs() =>
        Files.SelectMany(file => Load(file).Strategies.Select(s => (file, s.Name)));
}
