using System.CommandLine;
using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Remote;
using ProcurementSim.Cli.Scenarios;
using ProcurementSim.Reporting.Text;

namespace ProcurementSim.Cli.Commands;

/// <summary><c>procsim validate FILE... [--remote URL]</c>: checks scenario files without running them.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var files = new Argument<string[]>("FILE")
        {
            Description = "One or more scenario files to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var remote = new RemoteSymbols();
        var command = new Command("validate", "Check scenario files and report every problem as file:line:column: message.") { files };
        foreach (var option in remote.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var paths = parseResult.GetRequiredValue(files);
            var config = parseResult.InvocationConfiguration;
            return remote.Target(parseResult, environment) is { } target
                ? ExecuteRemote(paths, target, config.Output, config.Error)
                : Execute(paths, config.Output, config.Error);
        });
        return command;
    }

    private static int Execute(string[] files, TextWriter output, TextWriter error) =>
        Report(files, output, file => ScenarioInput.Load(file, error) is { } scenario ? ScenarioCounts.Of(scenario) : null);

    private static int ExecuteRemote(string[] files, RemoteTarget url, TextWriter output, TextWriter error)
    {
        using var orchestrator = new RemoteOrchestrator(url);
        return Report(files, output, file => RemoteValidation.Check(orchestrator, file, error));
    }

    // Checks the files in order; a file that is not valid has had its problems written and makes the exit code 2.
    private static int Report(string[] files, TextWriter output, Func<string, ScenarioCounts?> check)
    {
        var exitCode = ExitCodes.Ok;
        foreach (var file in files)
        {
            if (check(file) is not { } counts)
            {
                exitCode = ExitCodes.BadInput;
                continue;
            }

            output.WriteLine(ValidLine(file, counts));
        }

        return exitCode;
    }

    private static string ValidLine(string file, ScenarioCounts c) =>
        $"{file}: valid ({Plural.Count(c.Categories, "category", "categories")}, {Plural.Count(c.Vendors, "vendor", "vendors")}, "
        + $"{Plural.Count(c.Strategies, "strategy", "strategies")}, {Plural.Count(c.Ticks, "tick", "ticks")})";
}
