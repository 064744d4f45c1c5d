using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Theory]
    [InlineData("usage-policy-standoff.yaml", "7 categories, 3 vendors, 7 strategies, 104 ticks")]
    [InlineData("teaching-minimal.yaml", "1 category, 2 vendors, 2 strategies, 12 ticks")]
    [InlineData("fragile-transition.yaml", null)]
    public void A_reference_scenario_is_valid_and_its_size_is_reported(string file, string? counts)
    {
        var path = ReferenceScenarios.PathOf(file);

        var outcome = Procsim.Run("validate", path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.StartsWith($"{path}: valid (", outcome.Output, StringComparison.Ordinal);
        if (counts is not null)
        {
            Assert.Contains($"{path}: valid ({counts})", outcome.Output, StringComparison.Ordinal);
        }

        Assert.Empty(outcome.Error);
    }

    [Fact]
    public void All_reference_scenarios_validate_together_with_exit_code_0()
    {
        var outcome = Procsim.Run("validate", ReferenceScenarios.StandoffPath, ReferenceScenarios.TeachingMinimalPath, ReferenceScenarios.FragileTransitionPath);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(3, outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_broken_scenario_gives_exit_code_2_and_every_problem_with_its_line_and_column()
    {
        using var temp = new TempDirectory();
        var broken = BrokenScenario.WriteTo(temp);

        var outcome = Procsim.Run("validate", broken.Path);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        var lines = outcome.ErrorLines;
        Assert.Contains(lines, l => l.StartsWith(broken.TypoPosition, StringComparison.Ordinal) && l.Contains("did you mean 'review_overhead'?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(broken.ProbabilityPosition, StringComparison.Ordinal) && l.Contains("accreditation_failure_probability", StringComparison.Ordinal));
        Assert.Equal($"{broken.Path}: 2 problems", lines[^1]);
        Assert.Empty(outcome.Output);
    }

    [Fact]
    public void A_valid_file_is_still_reported_valid_when_another_is_broken_but_the_exit_code_is_2()
    {
        using var temp = new TempDirectory();
        var broken = BrokenScenario.WriteTo(temp);

        var outcome = Procsim.Run("validate", ReferenceScenarios.TeachingMinimalPath, broken.Path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"{ReferenceScenarios.TeachingMinimalPath}: valid", outcome.Output, StringComparison.Ordinal);
        Assert.Contains($"{broken.Path}: 2 problems", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_gives_exit_code_2_and_a_sentence_naming_the_file()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("no-such-scenario.yaml");

        var outcome = Procsim.Run("validate", missing);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith(missing, StringComparison.Ordinal) && l.Contains("does not exist", StringComparison.Ordinal));
    }
}
