using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProcurementSim.Workbench.Experiments;

/// <summary>
/// One compare, sweep or optimize started from the page, played by procsim itself in a child process (so its files are
/// the CLI's own, byte for byte, and its options and checks are the CLI's): stderr's progress lines give the progress,
/// stdout (the printed summary) is kept as summary.txt, and stopping sends it Ctrl-C (SIGINT), after which the CLI
/// writes its files for every state finished, as on a terminal.
/// </summary>
internal sealed partial class ExperimentJob
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();
    private readonly Lock _lock = new();
    private readonly Action<ExperimentStatus> _finished;
    private ExperimentStatus _status;

    private ExperimentJob(ExperimentStatus status, Process process, Action<ExperimentStatus> finished)
    {
        _status = status;
        _process = process;
        _finished = finished;
    }

    public ExperimentStatus Status
    {
        get
        {
            lock (_lock) return _status;
        }
    }

    /// <summary>Starts <paramref name="command"/> (procsim's path, then its arguments) writing into <paramref name="folder"/>.</summary>
    public static ExperimentJob Start(ExperimentStatus status, IReadOnlyList<string> command, string folder, Action<ExperimentStatus> finished)
    {
        var info = new ProcessStartInfo(command[0])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (var arg in command.Skip(1).Concat(status.Arguments)) info.ArgumentList.Add(arg);
        info.Environment["NO_COLOR"] = "1";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var job = new ExperimentJob(status, process, finished);
        var summary = new StreamWriter(Path.Combine(folder, "summary.txt"), append: false, new UTF8Encoding(false));
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (summary) summary.WriteLine(e.Data);
        };
        process.ErrorDataReceived += (_, e) => job.OnError(e.Data);
        process.Exited += (_, _) =>
        {
            process.WaitForExit(); // the output events are all delivered after this
            lock (summary) summary.Dispose();
            job.OnExit(process.ExitCode, folder);
        };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return job;
    }

    /// <summary>Ctrl-C for the child: it stops and writes the files of the states finished.</summary>
    public void Stop()
    {
        try
        {
            if (_process.HasExited) return;
            if (OperatingSystem.IsWindows())
            {
                _process.Kill();
                return;
            }
            using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", _process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
            kill?.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It has already ended.
        }
    }

    private void OnError(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        lock (_lock)
        {
            var progress = RunsLine().Match(line);
            if (progress.Success)
            {
                _status = _status with { Progress = line.Trim(), Percent = int.Parse(progress.Groups["pct"].Value, CultureInfo.InvariantCulture) };
                return;
            }
            if (_errors.Length < 16_000) _errors.AppendLine(line);
            _status = _status with { Progress = line.Trim() };
        }
    }

    private void OnExit(int code, string folder)
    {
        ExperimentStatus done;
        lock (_lock)
        {
            var files = ExperimentJobs.FilesOf(folder);
            done = _status with
            {
                Files = files,
                // procsim's exit codes: 0 done, 130 stopped with Ctrl-C (files hold every state finished), 2 bad input.
                State = code switch { 0 => "done", 130 => "stopped", _ => "failed" },
                Percent = code == 0 ? 100 : _status.Percent,
                Problem = code is 0 or 130 ? null : _errors.ToString().Trim() is { Length: > 0 } e ? e : string.Create(CultureInfo.InvariantCulture, $"procsim ended with exit code {code}."),
            };
            _status = done;
        }
        _finished(done);
        _process.Dispose();
    }

    [GeneratedRegex(@"^runs [\d,]+/[\d,]+ \((?<pct>\d+) %\)")]
    private static partial Regex RunsLine();
}
