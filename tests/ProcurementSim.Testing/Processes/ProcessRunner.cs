using System.Diagnostics;

namespace ProcurementSim.Testing.Processes;

/// <summary>
/// Runs a helper program with its output sent to a file, not a pipe: `rabbitmq-server -detached` and
/// Erlang tools may leave a daemon (beam, epmd) holding inherited pipes open, and reading a pipe to its
/// end would then wait for that daemon to exit.
/// </summary>
public static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string program,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        string outputFile,
        TimeSpan timeout)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        // sh -c 'exec "$0" "$@" >FILE 2>&1' PROGRAM ARGS...: no quoting of user text into the script.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("out=$1; shift; exec \"$@\" >\"$out\" 2>&1");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(outputFile);
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {program}.");
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new ProcessResult(-1, $"{Read(outputFile)}\n(killed after {timeout.TotalSeconds:0} s)");
        }
        return new ProcessResult(process.ExitCode, Read(outputFile));
    }

    private static string Read(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : "";
}
