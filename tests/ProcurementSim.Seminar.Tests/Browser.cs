using Microsoft.Playwright;

namespace ProcurementSim.Seminar.Tests;

/// <summary>Playwright driving Debian's chromium (the executable on PATH; Playwright never downloads a browser here).</summary>
internal static class Browser
{
    /// <summary>The chromium on PATH; fails the test with how to install it when there is none.</summary>
    public static string ChromiumPath =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(n => Path.Combine(dir, n)))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("chromium is not installed: run tests/run.sh, which installs it, or apt-get install -y chromium");

    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var path = ChromiumPath;
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
        return (playwright, browser);
    }
}
