using System.Diagnostics;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

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

    [Fact]
    public async Task Ctrl_c_stops_a_sweep_with_exit_code_130_and_keeps_every_finished_state_in_the_files()
    {
        using var temp = new TempDirectory();
        using var process = Process.Start(Start("sweep", ReferenceScenarios.StandoffPath, "--design", "mc", "--samples", "1000000", "--strategies", "status_quo,structured_replacement", "--out", temp.Path))!;
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var csv = temp.File("runs.csv");
            var waited = Stopwatch.StartNew();
            while (!(File.Exists(csv) && new FileInfo(csv).Length > 200_000) && waited.Elapsed < Timeout && !process.HasExited)
            {
                await Task.Delay(100);
            }

            if (process.HasExited)
            {
                Assert.Fail("the sweep ended before it could be interrupted: " + await stderr);
            }
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }

            Assert.True(process.WaitForExit(Timeout), "procsim did not stop after SIGINT");
            var error = await stderr;
            Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}\n{await stdout}\n{error}");
            Assert.Contains("stopping; writing the results of the finished runs", error, StringComparison.Ordinal);
            var rows = File.ReadAllLines(csv).Skip(1).ToArray();
            // Whole states only: both strategies of each state, states 0..n-1 with none missing.
            Assert.True(rows.Length % 2 == 0 && rows.Length > 0 && rows.Length < 2_000_000, rows.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Enumerable.Range(0, rows.Length / 2), rows.Where((_, i) => i % 2 == 0).Select(r => int.Parse(r.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)));
            var summary = File.ReadAllText(temp.File("sweep.json"));
            Assert.Contains("\"complete\": false", summary, StringComparison.Ordinal);
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\"states\": {rows.Length / 2}"), summary, StringComparison.Ordinal);
            Assert.True(File.Exists(temp.File("report.html")));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Ctrl_c_stops_a_lever_search_with_exit_code_130_and_writes_the_last_complete_generation_in_sample_only()
    {
        using var temp = new TempDirectory();
        using var process = Process.Start(Start("optimize", ReferenceScenarios.StandoffPath, "--strategy", "structured_replacement",
            "--population", "40", "--generations", "100000", "--states", "20", "--out", temp.Path))!;
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // The initial population (40 × 20 runs) takes well under a second of the process's CPU, start-up included;
            // wait for three seconds of its CPU (not of the wall clock: a loaded CI machine can leave it unscheduled for
            // longer than that), so the stop always comes after the first complete generation.
            var waited = Stopwatch.StartNew();
            while (!process.HasExited && process.TotalProcessorTime < TimeSpan.FromSeconds(3) && waited.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(100);
                process.Refresh();
            }
            if (process.HasExited)
            {
                Assert.Fail("the search ended before it could be interrupted: " + await stderr);
            }
            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
            }

            Assert.True(process.WaitForExit(Timeout), "procsim did not stop after SIGINT");
            var error = await stderr;
            Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}\n{await stdout}\n{error}");
            Assert.Contains("stopping; writing the front of the last complete generation", error, StringComparison.Ordinal);
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(temp.File("optimize.json")));
            var header = json.RootElement.GetProperty("header");
            Assert.False(header.GetProperty("complete").GetBoolean());
            Assert.InRange(header.GetProperty("generations_completed").GetInt32(), 0, 99_999);
            Assert.All(json.RootElement.GetProperty("front").EnumerateArray(), p => Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("out_of_sample").ValueKind));
            Assert.Single(File.ReadAllLines(temp.File("runs.csv")));
            Assert.True(File.Exists(temp.File("report.html")));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static (int ExitCode, string Stdout, string Stderr) RunProcsim(params string[] args)
    {
        using var process = Process.Start(Start(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"procsim did not finish within {Timeout}");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static ProcessStartInfo Start(params string[] args) => ProcsimProcess.StartInfo(args);
}
