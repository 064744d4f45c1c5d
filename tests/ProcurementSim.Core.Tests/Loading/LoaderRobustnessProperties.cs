using FsCheck;
using FsCheck.Xunit;
using ProcurementSim.Core.Loading;
using ProcurementSim.Testing.Fuzz;

namespace ProcurementSim.Core.Tests.Loading;

/// <summary>
/// Whatever the text, the loader answers with a scenario or with positioned diagnostics; it never throws.
/// Seeds are fixed (Replay) so a failure reproduces; change them to explore further.
/// </summary>
public sealed class LoaderRobustnessProperties
{
    private static readonly string[] Bases = [.. ValidScenarios.All.Values];

    [Property(MaxTest = 1500, Replay = "(20260211,1234567891)", Arbitrary = [typeof(MutationGenerators)])]
    public void Mutating_a_valid_scenario_never_makes_the_loader_throw(int baseIndex, Mutation[] mutations)
    {
        var text = mutations.Aggregate(Bases[((baseIndex % Bases.Length) + Bases.Length) % Bases.Length], (t, m) => m.Apply(t));

        AssertScenarioOrDiagnostics(ScenarioLoader.LoadText(text, "mutated.yaml"));
    }

    [Property(MaxTest = 500, Replay = "(42,1234567891)")]
    public void Any_text_gives_a_scenario_or_diagnostics(NonNull<string> text) =>
        AssertScenarioOrDiagnostics(ScenarioLoader.LoadText(text.Get, "random.yaml"));

    private static void AssertScenarioOrDiagnostics(LoadResult result)
    {
        if (result.Scenario is not null) Assert.Empty(result.Diagnostics);
        else Assert.NotEmpty(result.Diagnostics);
        foreach (var d in result.Diagnostics)
        {
            Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString());
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.DoesNotContain("   at ", d.Message, StringComparison.Ordinal);
        }
    }
}
