namespace ProcurementSim.Cli.Tests.Support;

/// <summary>What one procsim invocation returned and printed.</summary>
internal sealed record CliOutcome(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
