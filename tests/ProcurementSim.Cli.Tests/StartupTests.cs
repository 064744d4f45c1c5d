using System.Diagnostics;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests;

/// <summary>
/// What the real procsim process loads (docs/PERFORMANCE.md, "Start-up (issue 15)"): <c>run</c>, <c>compare</c> and
/// <c>sweep</c> load neither the seminar's web stack, nor gRPC, nor Parquet, nor Json.NET, which only serve, the
/// remote option and --parquet need; read from a startup hook in the child process.
/// </summary>
public sealed class StartupTests
{
    private static readonly string[] NotForLocalCommands =
        ["Microsoft.AspNetCore", "ProcurementSim.Seminar", "Grpc.", "Google.Protobuf", "ProcurementSim.Protocol", "Parquet", "Microsoft.Data.Sqlite", "Newtonsoft.Json", "Microsoft.CSharp"];

    [Theory]
    [InlineData("run", "--strategy", "structured_replacement")]
    [InlineData("compare", "--runs", "2")]
    [InlineData("sweep", "--samples", "2")]
    [InlineData("validate")]
    public void A_local_command_loads_no_assembly_of_serve_remote_or_parquet(string command, params string[] options)
    {
        using var temp = new TempDirectory();
        string[] args = command == "validate"
            ? [command, ReferenceScenarios.TeachingMinimalPath]
            : [command, ReferenceScenarios.TeachingMinimalPath, .. options, "--out", temp.File("out")];

        var loaded = LoadedBy(temp, args);

        Assert.Contains("procsim", loaded);
        Assert.Contains("ProcurementSim.Core", loaded);
        Assert.DoesNotContain(loaded, name => NotForLocalCommands.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public void Sweep_with_parquet_does_load_parquet_so_the_hook_sees_what_is_loaded()
    {
        using var temp = new TempDirectory();

        var loaded = LoadedBy(temp, "sweep", ReferenceScenarios.TeachingMinimalPath, "--samples", "2", "--parquet", "--out", temp.File("out"));

        Assert.Contains("Parquet", loaded);
    }

    private static string[] LoadedBy(TempDirectory temp, params string[] args)
    {
        var list = temp.File("loaded.txt");
        var start = ProcsimProcess.StartInfo(args);
        start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupTests).Assembly.Location;
        start.Environment[StartupHook.FileVariable] = list;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "procsim did not finish");
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}\n{stdout.Result}\n{stderr.Result}");
        return File.ReadAllLines(list);
    }
}
