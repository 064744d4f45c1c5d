using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Tests.Support;

namespace ProcurementSim.Core.Tests.Loading;

/// <summary>
/// The services' scenario cache gives the loader's result for the text: the same load for the same text and name (parsed
/// once), another for another text or name, and an invalid text's diagnostics as the loader gives them.
/// </summary>
public sealed class LoadedScenariosTests
{
    [Fact]
    public void The_same_text_is_loaded_once_and_another_text_or_name_is_loaded_anew()
    {
        var yaml = ScenarioText.Of("teaching-minimal.yaml");
        var edited = yaml + "\n# another text\n";

        var first = LoadedScenarios.Load(yaml, "teaching-minimal.yaml");
        var again = LoadedScenarios.Load(yaml, "teaching-minimal.yaml");
        var other = LoadedScenarios.Load(edited, "teaching-minimal.yaml");
        var renamed = LoadedScenarios.Load(yaml, "renamed.yaml");

        Assert.True(first.IsValid);
        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.NotSame(first, renamed);
        Assert.Equal(first.Scenario!.Name, other.Scenario!.Name);
    }

    [Fact]
    public void An_invalid_text_gives_the_loaders_diagnostics()
    {
        var loaded = LoadedScenarios.Load("name: [unclosed", "broken.yaml");

        Assert.False(loaded.IsValid);
        Assert.NotEmpty(loaded.Diagnostics);
        Assert.Contains("broken.yaml", loaded.Diagnostics[0].ToString(), StringComparison.Ordinal);
    }
}
