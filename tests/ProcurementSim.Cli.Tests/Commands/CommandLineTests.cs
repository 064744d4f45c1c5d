using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_lists_every_command_with_exit_code_0(string flag)
    {
        var outcome = Procsim.Run(flag);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("validate", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("strategies", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("run", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_of_run_describes_every_option()
    {
        var outcome = Procsim.Run("run", "--help");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("--strategy <NAME>", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("--seed <N>", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("--out <DIR>", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("Default: results/<scenario>/<strategy>-seed<seed>", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_option_and_argument_has_a_description()
    {
        var root = CliApp.CreateRootCommand(Procsim.DefaultEnvironment);

        Assert.False(string.IsNullOrWhiteSpace(root.Description));
        foreach (var command in root.Subcommands)
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), command.Name);
            Assert.All(command.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Description), $"{command.Name} {o.Name}"));
            Assert.All(command.Arguments, a => Assert.False(string.IsNullOrWhiteSpace(a.Description), $"{command.Name} {a.Name}"));
        }
    }

    [Fact]
    public void Version_prints_a_version_with_exit_code_0()
    {
        var outcome = Procsim.Run("--version");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", outcome.Output);
    }

    [Fact]
    public void No_command_is_a_parse_error_with_exit_code_2()
    {
        var outcome = Procsim.Run();

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Run 'procsim --help' for usage.", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_command_is_a_parse_error_with_exit_code_2_and_a_suggestion_on_stderr()
    {
        var outcome = Procsim.Run("rnu", ReferenceScenarios.TeachingMinimalPath);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Did you mean 'run' instead of 'rnu'?", outcome.Error, StringComparison.Ordinal);
        Assert.Empty(outcome.Output);
    }

    [Fact]
    public void An_unknown_option_is_a_parse_error_with_exit_code_2()
    {
        var outcome = Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--sed", "3");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Did you mean '--seed' instead of '--sed'?", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'procsim run --help' for usage.", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_without_its_file_is_a_parse_error_with_exit_code_2()
    {
        Assert.Equal(2, Procsim.Run("run").ExitCode);
        Assert.Equal(2, Procsim.Run("validate").ExitCode);
        Assert.Equal(2, Procsim.Run("strategies").ExitCode);
    }
}
