using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Tests.Support;

/// <summary>The scenarios shipped in scenarios/, loaded once.</summary>
internal static class ReferenceScenarios
{
    private static readonly Lazy<LoadResult> StandoffLazy = new(() => LoadFile("usage-policy-standoff.yaml"));

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "scenarios", file);

    public static Scenario Load(string file) => LoadFile(file).Scenario!;

    /// <summary>The valid file: its scenario and its experiment sections.</summary>
    public static LoadResult LoadFile(string file)
    {
        var result = ScenarioLoader.LoadFile(PathOf(file));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        return result;
    }

    public static Scenario Standoff => StandoffLazy.Value.Scenario!;

    /// <summary>The standoff's uncertainties, levers and satisficing criteria.</summary>
    public static ExperimentSpec StandoffExperiment => StandoffLazy.Value.Experiment;

    public static IEnumerable<string> Files => ["usage-policy-standoff.yaml", "teaching-minimal.yaml", "fragile-transition.yaml"];
}
