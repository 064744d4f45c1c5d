namespace ProcurementSim.Cli;

/// <summary>The command could not do what was asked for a reason outside procsim (an orchestrator refused or is unreachable): its message is shown as is.</summary>
internal sealed class CommandFailedException(string message, int exitCode, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The process exit code.</summary>
    public int ExitCode { get; } = exitCode;
}
