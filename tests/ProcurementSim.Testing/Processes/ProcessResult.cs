namespace ProcurementSim.Testing.Processes;

/// <summary>How a helper process ended and what it printed (stdout and stderr together).</summary>
public sealed record ProcessResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}
