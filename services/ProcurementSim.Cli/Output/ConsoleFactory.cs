using Spectre.Console;

namespace ProcurementSim.Cli.Output;

/// <summary>
/// A Spectre console over any writer. Colour and ANSI codes only go to a real terminal and never under NO_COLOR;
/// nothing is interactive; COLUMNS, when set, fixes the width.
/// </summary>
internal static class ConsoleFactory
{
    private const int MinWidth = 40;
    private const int MaxWidth = 500;

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

        return console;
    }
}
