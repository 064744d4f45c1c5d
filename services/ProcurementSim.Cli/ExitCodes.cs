namespace ProcurementSim.Cli;

/// <summary>The process exit codes of <c>procsim</c>; scripts rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>A bug in procsim: an exception nobody expected.</summary>
    public const int InternalError = 1;

    /// <summary>The user's input is wrong: an invalid or unreadable scenario, an unknown name, a bad option.</summary>
    public const int BadInput = 2;

    /// <summary>The orchestrator given with --remote could not be reached (nothing listens there, or the network failed): not a bug, not bad input.</summary>
    public const int Unreachable = 3;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT, as shells report it); the files hold what was finished.</summary>
    public const int Interrupted = 130;
}
