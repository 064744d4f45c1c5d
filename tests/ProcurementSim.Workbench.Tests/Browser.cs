using Microsoft.Playwright;
using ProcurementSim.Testing.Browser;

namespace ProcurementSim.Workbench.Tests;

/// <summary>Playwright driving Debian's chromium (the executable on PATH; Playwright never downloads a browser here).</summary>
internal static class Browser
{
    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var path = Chromium.RequiredPath;
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
