using ProcurementSim.Testing.Processes;

namespace ProcurementSim.Cli.Tests.Support;

/// <summary>Runs procsim in process with captured output and a fixed environment (no colour, 80 columns, no debug).</summary>
internal static class Procsim
{
    public static CliEnvironment DefaultEnvironment { get; } = new(Columns: 80, NoColor: true, Debug: false);

    public static CliOutcome Run(params string[] args) => Run(DefaultEnvironment, args);

    public static CliOutcome Run(CliEnvironment environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error, environment);
        return new CliOutcome(exitCode, output.ToString(), error.ToString());
    }
}
