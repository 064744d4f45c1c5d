using Microsoft.Playwright;

namespace ProcurementSim.Testing.Browser;

/// <summary>Playwright driving Debian's chromium, headless (the executable on PATH; Playwright never downloads a browser here).</summary>
public static class HeadlessChromium
{
    /// <summary>Playwright and a browser; dispose both (the browser first).</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var path = Chromium.RequiredPath;
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        }).ConfigureAwait(false);
        return (playwright, browser);
    }
}
