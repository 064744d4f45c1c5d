using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.ActorHost.Tests.Support;

/// <summary>A reference scenario's text and the scenario it loads to.</summary>
public sealed record ScenarioFile(string Name, string Yaml, Scenario Scenario)
{
    public static ScenarioFile Read(string name)
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scenarios", name));
        var loaded = ScenarioLoader.LoadText(yaml, name);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));
        return new ScenarioFile(name, yaml, loaded.Scenario!);
    }

    public StrategySpec Strategy(string name) => Scenario.FindStrategy(name) ?? throw new ArgumentException($"no strategy {name}", nameof(name));
}
