using System.Diagnostics;

namespace ProcurementSim.Cli.Tests.Hostile;

/// <summary>The built procsim.dll in a child process, killed if it outlives a deadline (a hang fails the test, never blocks it).</summary>
internal static class ChildProcsim
{
    public static (int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed) Run(TimeSpan deadline, params string[] args)
    {
        var dll = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("PROCSIM_DEBUG");
        start.Environment["NO_COLOR"] = "1";
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
