using System.Diagnostics;

namespace ProcurementSim.Cli.Tests.Support;

/// <summary>How the tests start the built procsim.dll as a child process: output captured, no colour, no debug traces.</summary>
internal static class ProcsimProcess
{
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        // procsim.dll is copied next to the test assembly through the project reference.
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
        return start;
    }
}
