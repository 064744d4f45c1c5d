using System.Diagnostics;
using ProcurementSim.Cli.Tests.Support;

namespace ProcurementSim.Cli.Tests;

/// <summary>The built procsim.dll in a real process: exit code and stderr as a shell sees them.</summary>
public sealed class ProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void The_real_command_reports_a_broken_scenario_with_exit_code_2_and_no_stack_trace()
    {
        using var temp = new TempDirectory();
        var broken = BrokenScenario.WriteTo(temp);

        var (exitCode, stdout, stderr) = RunProcsim("validate", broken.Path);

        Assert.True(exitCode == 2, $"exit {exitCode}\n{stdout}\n{stderr}");
        Assert.Contains(broken.TypoPosition, stderr, StringComparison.Ordinal);
        Assert.Contains(broken.ProbabilityPosition, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(stderr.Split('\n'), line => line.StartsWith("   at ", StringComparison.Ordinal));
    }

    private static (int ExitCode, string Stdout, string Stderr) RunProcsim(params string[] args)
    {
        // procsim.dll is copied next to this test assembly through the project reference.
        var dll = typeof(CliApp).Assembly.Location;
        Assert.True(File.Exists(dll), dll);
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
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"procsim did not finish within {Timeout}");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
