using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>Picks how a remote run's progress is shown: a bar on a terminal, plain lines elsewhere; both on stderr, so stdout holds only the summary.</summary>
internal static class ProgressDisplays
{
    public static IProgressDisplay For(TextWriter error, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        if (!terminal)
        {
            return new PlainProgressDisplay(error);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = environment.NoColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        return console.Profile.Capabilities.Ansi ? new BarProgressDisplay(console) : new PlainProgressDisplay(error);
    }
}
