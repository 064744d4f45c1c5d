using System.CommandLine;

namespace ProcurementSim.Cli.Tests.Options;

/// <summary>The help option on each command: exit 0 and every option of that command described.</summary>
internal static class HelpOptionCases
{
    public static IEnumerable<OptionCase> For(params string[] commands) =>
        commands.Select(command => new OptionCase(command, "--help", ["--help", "-h", "-?"], run =>
        {
            var subcommand = CliApp.CreateRootCommand(Support.Procsim.DefaultEnvironment).Subcommands.Single(c => c.Name == command);
            foreach (var flag in (string[])["--help", "-h", "-?"])
            {
                var outcome = run.Succeeds(command, flag);
                // The usage line names the executable (here the test host), then the command.
                Assert.Matches($@"Usage:\s+\S+ {command}\b", outcome.Output);
                foreach (Option option in subcommand.Options)
                {
                    Assert.Contains(option.Name, outcome.Output, StringComparison.Ordinal);
                }
            }
        }));
}
