namespace ProcurementSim.Testing.Browser;

/// <summary>Debian's chromium, found on PATH (tests/run.sh installs it; nothing ever downloads a browser).</summary>
public static class Chromium
{
    /// <summary>The sentence a test fails with when there is no chromium.</summary>
    public const string Missing = "chromium is not installed: run tests/run.sh, which installs it, or apt-get install -y chromium";

    /// <summary>The chromium executable on PATH, or null when there is none.</summary>
    public static string? Path { get; } = Find();

    /// <summary>The chromium executable on PATH; fails the test with how to install it when there is none.</summary>
    public static string RequiredPath => Path ?? throw new InvalidOperationException(Missing);

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(name => System.IO.Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}
