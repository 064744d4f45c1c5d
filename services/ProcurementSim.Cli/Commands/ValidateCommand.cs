using System.CommandLine;
using ProcurementSim.Cli.Output;

namespace ProcurementSim.Cli.Commands;

/// <summary><c>procsim validate FILE...</c>: checks scenario files without running them.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "One or more scenario files to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check scenario files and report every problem as file:line:column: message.") { files };
        command.SetAction(parseResult => Execute(
            parseResult.GetRequiredValue(files),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
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

            output.WriteLine($"{file}: valid ({Plural.Count(s.Categories.Count, "category", "categories")}, "
                + $"{Plural.Count(s.Vendors.Count, "vendor", "vendors")}, {Plural.Count(s.Strategies.Count, "strategy", "strategies")}, "
                + $"{Plural.Count(s.Ticks, "tick", "ticks")})");
        }

        return exitCode;
    }
}
