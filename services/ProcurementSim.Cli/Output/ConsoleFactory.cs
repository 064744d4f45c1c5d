using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>
/// A Spectre console over any writer. Colour and ANSI codes only go to a real terminal and never under NO_COLOR;
/// nothing is interactive; COLUMNS, when set, fixes the width; piped output is 120 columns wide.
/// </summary>
internal static class ConsoleFactory
{
    private const int MinWidth = 40;
    private const int MaxWidth = 500;

    // Piped output (a log, a file) is not read at a terminal's width: wrap only where a long line truly is long.
    private const int PipedWidth = 120;

    public static IAnsiConsole Create(TextWriter writer, CliEnvironment environment)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var colour = terminal && !environment.NoColor;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (environment.Columns is { } columns)
        {
            console.Profile.Width = Math.Clamp(columns, MinWidth, MaxWidth);
        }
        else if (!terminal)
        {
            console.Profile.Width = PipedWidth;
        }

        return console;
    }
}
