using System.CommandLine;
using System.CommandLine.Parsing;
using ProcurementSim.Core.Text;

namespace ProcurementSim.Cli.Output;

/// <summary>
/// Reports command-line mistakes on stderr, plainly: System.CommandLine's own reporter writes suggestions to stdout,
/// colours through the console whatever NO_COLOR says, and prints the whole help text after every typo.
/// </summary>
internal static class ParseErrorPrinter
{
    public static void Print(ParseResult parseResult, TextWriter error)
    {
        var command = parseResult.CommandResult.Command;
        foreach (var e in parseResult.Errors)
        {
            error.WriteLine($"{CliApp.Name}: {e.Message}");
        }

        foreach (var token in parseResult.UnmatchedTokens)
        {
            var names = command.Subcommands.Select(c => c.Name)
                .Concat(command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Append(o.Name)));
            if (DidYouMean.Closest(token, names) is { } close)
            {
                error.WriteLine($"Did you mean '{close}' instead of '{token}'?");
            }
        }

        error.WriteLine($"Run '{CommandPath(parseResult.CommandResult)} --help' for usage.");
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent)
        {
            names.Add(c.Parent is null ? CliApp.Name : c.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
