using System.Globalization;
using ProcurementSim.Cli;

namespace ProcurementSim.Testing.Processes;

/// <summary>What one procsim invocation (its <see cref="CliApp"/>, or its own process) returned and printed.</summary>
public sealed record CliOutcome(int ExitCode, string Output, string Error)
{
    /// <summary>The lines of stderr, trimmed, without empty ones.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs procsim with <paramref name="args"/> in this process, on a thread-pool thread (it blocks while a remote run plays).</summary>
    public static async Task<CliOutcome> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = await Task.Run(() => CliApp.Run(args, output, error));
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}--- stdout{Environment.NewLine}{Output}{Environment.NewLine}--- stderr{Environment.NewLine}{Error}";
}
