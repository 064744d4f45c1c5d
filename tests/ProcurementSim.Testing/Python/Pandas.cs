using System.Diagnostics;

namespace ProcurementSim.Testing.Python;

/// <summary>
/// A python3 that imports pandas: Debian's python3-pandas (tests/run.sh installs it when missing; nothing is downloaded
/// from a Python registry). The first of python3 on PATH and Debian's /usr/bin/python3 that imports pandas, so a
/// python3 of another install that lacks it (pyenv, a virtual environment) does not hide Debian's.
/// </summary>
public static class Pandas
{
    /// <summary>The sentence a test fails with when no python3 imports pandas.</summary>
    public const string Missing = "no python3 with pandas: run tests/run.sh, which installs it, or apt-get install -y python3-pandas";

    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The python3 that imports pandas, or null when there is none.</summary>
    public static string? Python => Found.Value;

    /// <summary>The python3 that imports pandas; fails the test with how to install it when there is none.</summary>
    public static string RequiredPython => Python ?? throw new InvalidOperationException(Missing);

    private static string? Find()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, "python3"));
        return onPath.Append("/usr/bin/python3").Distinct(StringComparer.Ordinal).Where(File.Exists).FirstOrDefault(ImportsPandas);
    }

    private static bool ImportsPandas(string python) => Runs(python, "import pandas");

    /// <summary>Whether <paramref name="python"/> runs <paramref name="statement"/> without an error (within 60 s).</summary>
    internal static bool Runs(string python, string statement)
    {
        var start = new ProcessStartInfo(python) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(statement);
        try
        {
            using var process = Process.Start(start);
            if (process is null) return false;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (process.WaitForExit(TimeSpan.FromSeconds(60))) return process.ExitCode == 0;
            process.Kill(entireProcessTree: true);
            return false;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
