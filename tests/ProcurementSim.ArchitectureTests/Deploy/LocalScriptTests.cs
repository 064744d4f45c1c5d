using System.Diagnostics;
using System.Globalization;
using ProcurementSim.Testing.Files;

namespace ProcurementSim.ArchitectureTests.Deploy;

/// <summary>
/// deploy/local (up.sh and down.sh, with lib.sh): their state directory is private — created mode 700, and one that
/// another user could read or plant files in is refused — and down.sh stops a recorded process only while it is
/// the one recorded (this user's, the program on its command line, the start time), so a pid file naming another
/// process kills nothing. The scripts run in bash here as a user runs them; no broker is started.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalScriptTests : IDisposable
{
    private static readonly string Scripts = Repository.Path("deploy", "local");
    private readonly string _root = Directory.CreateTempSubdirectory("procsim-local-test-").FullName;

    [Fact]
    public void The_state_directory_is_created_private()
    {
        var state = Path.Combine(_root, "state");

        var (code, _, error) = Bash($"source '{Scripts}/lib.sh'; private_state 1", state);

        Assert.True(code == 0, error);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(state));
    }

    [Theory]
    [InlineData("up.sh", "777")]
    [InlineData("down.sh", "755")]
    [InlineData("down.sh", "link")]
    public void A_state_directory_others_can_reach_is_refused_in_one_sentence_with_exit_code_2(string script, string kind)
    {
        var state = Path.Combine(_root, "state");
        if (kind == "link")
        {
            Directory.CreateSymbolicLink(state, Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName);
        }
        else
        {
            Directory.CreateDirectory(state);
            File.SetUnixFileMode(state, (UnixFileMode)Convert.ToInt32(kind, 8));
        }

        var (code, output, error) = Bash($"'{Scripts}/{script}' --no-build", state);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{script}: {state} ", line, StringComparison.Ordinal);
        Assert.Contains("PROCSIM_LOCAL_STATE", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false)]   // the same pid, the same program, another start time: a pid reused by another process
    [InlineData(true, true)]     // the process recorded: stopped
    public void Down_stops_a_recorded_process_only_while_it_is_the_one_recorded(bool sameStart, bool stopped)
    {
        var state = Path.Combine(_root, "state");
        Assert.Equal(0, Bash($"source '{Scripts}/lib.sh'; private_state 1; mkdir -m 700 -p \"$PIDS\"", state).Code);
        using var sleeper = Process.Start("sleep", "60");
        var started = Bash($"source '{Scripts}/lib.sh'; start_time {sleeper.Id}", state).Output.Trim();
        var recorded = sameStart ? started : (long.Parse(started, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(state, "pids", "agency.pid"), $"{sleeper.Id} sleep {recorded}\n");

        var (code, output, error) = Bash($"'{Scripts}/down.sh'", state);

        Assert.True(code == 0, error);
        Assert.Equal(stopped, sleeper.WaitForExit(5_000));
        Assert.Contains(stopped ? $"agency (pid {sleeper.Id}): stopped" : $"agency (pid {sleeper.Id}): already gone", output, StringComparison.Ordinal);
        if (!stopped)
        {
            sleeper.Kill();
        }
    }

    [Fact]
    public void Up_passes_no_password_on_a_command_line()
    {
        var up = string.Join('\n', File.ReadAllLines(Path.Combine(Scripts, "up.sh")).Where(l => !l.TrimStart().StartsWith('#')));

        // rabbitmqctl add_user NAME PASSWORD would show it in /proc/PID/cmdline; the services get it from the environment.
        Assert.DoesNotContain("add_user", up, StringComparison.Ordinal);
        Assert.Contains("import_definitions", up, StringComparison.Ordinal);
        Assert.Contains("export RabbitMq__Url=\"$amqp_url\"", up, StringComparison.Ordinal);
        Assert.DoesNotContain("RabbitMq__Url=\"$amqp_url\" \"$@\"", up, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Code, string Output, string Error) Bash(string script, string state)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PROCSIM_LOCAL_STATE"] = state;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
