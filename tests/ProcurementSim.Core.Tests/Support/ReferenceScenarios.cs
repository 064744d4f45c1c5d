using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Tests.Support;

/// <summary>The scenarios shipped in scenarios/, loaded once.</summary>
internal static class ReferenceScenarios
{
    private static readonly Lazy<Scenario> StandoffLazy = new(() => Load("usage-policy-standoff.yaml"));

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "scenarios", file);

    public static Scenario Load(string file)
    {
        var result = ScenarioLoader.LoadFile(PathOf(file));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Scenario!;
    }

    public static Scenario Standoff => StandoffLazy.Value;

    public static IEnumerable<string> Files => ["usage-policy-standoff.yaml", "teaching-minimal.yaml", "fragile-transition.yaml"];
}
