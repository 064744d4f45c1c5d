using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

public sealed class StrategiesCommandTests
{
    // The order the file lists them in, read from the file itself (the first is `run`'s default).
    private static readonly string[] StandoffStrategies =
        [.. ScenarioLoader.LoadFile(ReferenceScenarios.StandoffPath).Scenario!.Strategies.Select(s => s.Name)];

    [Fact]
    public void Lists_all_seven_strategies_of_the_reference_scenario_with_their_summaries_in_a_wide_terminal()
    {
        // Wide enough that no summary wraps inside its cell.
        var outcome = Procsim.Run(Procsim.DefaultEnvironment with { Columns = 300 }, "strategies", ReferenceScenarios.StandoffPath);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        foreach (var definition in StrategyCatalog.All)
        {
            Assert.Contains(definition.Summary, outcome.Output, StringComparison.Ordinal);
        }

        Assert.Contains("on_refusal=structured_replacement", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_each_strategys_triggers_and_marks_the_defaults()
    {
        var outcome = Procsim.Run(Procsim.DefaultEnvironment with { Columns = 300 }, "strategies", ReferenceScenarios.StandoffPath);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        // The standoff writes phased_reduction's step_when out; it equals the catalog default.
        Assert.Contains("step_when=accredited (default)", outcome.Output, StringComparison.Ordinal);
        // The structured replacement's start_when is the file's own; cutover_when is left to its default.
        Assert.Contains("start_when=\"public_reports >= 1 or incidents >= 1\"", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("start_when=\"public_reports >= 1 or incidents >= 1\" (default)", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("cutover_when=always (default)", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("on_accreditation_failure=next_bid (default)", outcome.Output, StringComparison.Ordinal);
        // A parameter the file sets away from its default carries no mark.
        Assert.Contains("start_week=8", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("start_week=8 (default)", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_every_strategy_name_in_file_order_in_an_80_column_terminal_without_overflowing()
    {
        var outcome = Procsim.Run("strategies", ReferenceScenarios.StandoffPath);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var positions = StandoffStrategies.Select(n => outcome.Output.IndexOf("│ " + n + " ", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.All(outcome.Output.Split('\n'), line => Assert.True(line.Length <= 80, line));
        Assert.Contains("start_week=8", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_scenario_gives_exit_code_2_and_its_diagnostics()
    {
        using var temp = new TempDirectory();
        var broken = BrokenScenario.WriteTo(temp);

        var outcome = Procsim.Run("strategies", broken.Path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(broken.TypoPosition, outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
    }
}
