using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>Picks how progress is shown: a bar on a terminal, plain lines elsewhere; both on stderr, so stdout holds only the summary.</summary>
internal static class ProgressDisplays
{
    public static IProgressDisplay For(TextWriter error, CliEnvironment environment) =>
        Terminal(error, environment) is { } console ? new BarProgressDisplay(console) : new PlainProgressDisplay(error);

    /// <summary>An experiment's progress: runs done, runs/s and the time left.</summary>
    public static IRunsProgress ForRuns(TextWriter error, CliEnvironment environment) =>
        Terminal(error, environment) is { } console ? new RunsProgressBar(console) : new RunsProgressLines(error);

    // A console for live bars when stderr is a terminal that understands ANSI; null for a log or a pipe.
    private static IAnsiConsole? Terminal(TextWriter error, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
        {
            return null;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = environment.NoColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        return console.Profile.Capabilities.Ansi ? console : null;
    }
}
