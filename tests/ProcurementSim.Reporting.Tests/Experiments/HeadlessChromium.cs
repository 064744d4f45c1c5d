using System.Diagnostics;
using ProcurementSim.Testing.Browser;

namespace ProcurementSim.Reporting.Tests.Experiments;

/// <summary>Debian's chromium, run headless to load a page and print the DOM after its scripts ran.</summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The page's DOM once its scripts have run (chromium's --dump-dom), for a page written to <paramref name="file"/>.</summary>
    public static string DumpDom(string file)
    {
        var executable = Chromium.RequiredPath;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                // Virtual time runs the page's scripts to completion before the DOM is printed.
                "--virtual-time-budget=20000", "--dump-dom", new Uri(file).AbsoluteUri,
            ])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s");
        }

        return process.ExitCode == 0 ? dom.Result : throw new InvalidOperationException($"chromium exited with {process.ExitCode}: {stderr.Result}");
    }
}
