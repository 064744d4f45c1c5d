using System.Diagnostics;
using ProcurementSim.Cli.Tests.Support;

namespace ProcurementSim.Cli.Tests.Hostile;

/// <summary>The built procsim.dll in a child process, killed if it outlives a deadline (a hang fails the test, never blocks it).</summary>
internal static class ChildProcsim
{
    public static (int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed) Run(TimeSpan deadline, params string[] args)
    {
        var start = ProcsimProcess.StartInfo(args);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(deadline))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"procsim {string.Join(' ', args)} did not finish within {deadline}");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult(), clock.Elapsed);
    }
}
