using Microsoft.Playwright;
using ProcurementSim.Testing.Browser;

namespace ProcurementSim.Seminar.Tests;

/// <summary>Playwright driving Debian's chromium (<see cref="HeadlessChromium"/>, shared with the workbench's tests).</summary>
internal static class Browser
{
    public static Task<(IPlaywright, IBrowser)> LaunchAsync() => HeadlessChromium.LaunchAsync();
}
