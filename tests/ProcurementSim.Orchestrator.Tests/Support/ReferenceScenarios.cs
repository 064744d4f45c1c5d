using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Orchestrator.Tests.Support;

/// <summary>The scenarios of scenarios/, copied next to the test assembly by the project file.</summary>
internal static class ReferenceScenarios
{
    public const string TeachingMinimal = "teaching-minimal.yaml";
    public const string Standoff = "usage-policy-standoff.yaml";

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "scenarios", file);

    public static string Text(string file) => File.ReadAllText(PathOf(file));

    public static Scenario Load(string file)
    {
        var loaded = ScenarioLoader.LoadFile(PathOf(file));
        Assert.True(loaded.IsValid, string.Join(Environment.NewLine, loaded.Diagnostics));
        return loaded.Scenario!;
    }
}
