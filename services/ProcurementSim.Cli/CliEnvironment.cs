using System.Globalization;

namespace ProcurementSim.Cli;

/// <summary>What procsim reads from the environment, read once so that tests can set it without touching the process.</summary>
/// <param name="Columns">COLUMNS: the output width, when set (Spectre assumes 80 columns for redirected output).</param>
/// <param name="NoColor">NO_COLOR set to anything non-empty: never colour (https://no-color.org).</param>
/// <param name="Debug">PROCSIM_DEBUG=1: show the stack trace of an internal error.</param>
/// <param name="ApiKey">PROCSIM_API_KEY: the orchestrator's API key for --remote, or null.</param>
/// <param name="CaPath">PROCSIM_CA: a PEM file of authorities to trust for an https:// --remote, or null.</param>
/// <param name="TraceParent">TRACEPARENT: a W3C trace context the --remote calls continue, or null.</param>
internal sealed record CliEnvironment(int? Columns, bool NoColor, bool Debug, string? ApiKey = null, string? CaPath = null, string? TraceParent = null)
{
    /// <summary>Never prints the key.</summary>
    public override string ToString() => $"CliEnvironment {{ Columns = {Columns}, NoColor = {NoColor}, Debug = {Debug}, CaPath = {CaPath} }}";

    public static CliEnvironment FromProcess() => new(
        int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) ? columns : null,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        Environment.GetEnvironmentVariable("PROCSIM_DEBUG") == "1",
        NonEmpty(Environment.GetEnvironmentVariable("PROCSIM_API_KEY")?.Trim()),
        NonEmpty(Environment.GetEnvironmentVariable("PROCSIM_CA")),
        NonEmpty(Environment.GetEnvironmentVariable("TRACEPARENT")));

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
