namespace ProcurementSim.Cli.Tests.Support;

/// <summary>The scenarios of scenarios/, copied next to the test assembly by the project file.</summary>
internal static class ReferenceScenarios
{
    public static string Standoff => PathOf("usage-policy-standoff.yaml");

    public static string TeachingMinimal => PathOf("teaching-minimal.yaml");

    public static string FragileTransition => PathOf("fragile-transition.yaml");

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "scenarios", file);
}
