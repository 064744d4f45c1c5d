using System.CommandLine;
using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Remote;
using ProcurementSim.Core.Loading;

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

    private static int Execute(string[] files, TextWriter output, TextWriter error)
    {
        var exitCode = ExitCodes.Ok;
        foreach (var file in files)
        {
            if (ScenarioInput.Load(file, error) is not { } s)
            {
                exitCode = ExitCodes.BadInput;
                continue;
            }

            output.WriteLine(ValidLine(file, s.Categories.Count, s.Vendors.Count, s.Strategies.Count, s.Ticks));
        }

        return exitCode;
    }

    // The orchestrator loads each file's text with the same loader, so the lines printed are those of the embedded mode.
    private static int ExecuteRemote(string[] files, RemoteTarget url, TextWriter output, TextWriter error)
    {
        using var orchestrator = new RemoteOrchestrator(url);
        var exitCode = ExitCodes.Ok;
        foreach (var file in files)
        {
            if (ScenarioText.Read(file, error) is not { } yaml)
            {
                exitCode = ExitCodes.BadInput;
                continue;
            }

            var response = orchestrator.Validate(yaml, file);
            if (!response.Valid)
            {
                DiagnosticPrinter.Print(file, [.. response.Diagnostics.Select(d => new Diagnostic(d.File, d.Line, d.Column, d.Message))], error);
                exitCode = ExitCodes.BadInput;
                continue;
            }

            output.WriteLine(ValidLine(file, response.Categories, response.Vendors, response.Strategies.Count, response.Ticks));
        }

        return exitCode;
    }

    private static string ValidLine(string file, int categories, int vendors, int strategies, int ticks) =>
        $"{file}: valid ({Plural.Count(categories, "category", "categories")}, {Plural.Count(vendors, "vendor", "vendors")}, "
        + $"{Plural.Count(strategies, "strategy", "strategies")}, {Plural.Count(ticks, "tick", "ticks")})";
}
