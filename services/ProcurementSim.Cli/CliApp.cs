using System.CommandLine;
using System.CommandLine.Invocation;
using ProcurementSim.Cli.Commands;
using ProcurementSim.Cli.Output;

namespace ProcurementSim.Cli;

/// <summary>The <c>procsim</c> command line: builds the commands, runs one, and maps every outcome to an exit code.</summary>
public static class CliApp
{
    /// <summary>The command's name in messages (the help text uses the executable's name).</summary>
    internal const string Name = "procsim";

    /// <summary>Runs <c>procsim</c> with <paramref name="args"/>, writing to the given writers, and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, CliEnvironment.FromProcess());

    /// <summary>Runs <c>procsim</c> with the environment given rather than read from the process.</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            var parseResult = CreateRootCommand(environment).Parse(args);
            if (parseResult.Action is ParseErrorAction)
            {
                ParseErrorPrinter.Print(parseResult, error);
                return ExitCodes.BadInput;
            }

            // Exceptions must reach the handlers below: the default handler prints a stack trace.
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UserInputException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
        catch (CommandFailedException e)
        {
            error.WriteLine(e.Message);
            return e.ExitCode;
        }
        catch (Exception e)
        {
            InternalErrorPrinter.Print(e, error, environment.Debug);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The root command with every subcommand.</summary>
    internal static RootCommand CreateRootCommand(CliEnvironment environment) =>
        new("Simulate a defense agency replacing an AI vendor whose usage policy has red lines, and score its strategies.")
        {
            ValidateCommand.Create(environment),
            StrategiesCommand.Create(environment),
            RunCommand.Create(environment),
            CompareCommand.Create(environment),
            SweepCommand.Create(environment),
            OptimizeCommand.Create(environment),
            MergeCommand.Create(environment),
            ServeCommand.Create(),
        };
}
