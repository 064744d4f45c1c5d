namespace ProcurementSim.Cli.Tests.Options;

/// <summary>The root command's options: help and version.</summary>
internal static class RootOptionCases
{
    public static IReadOnlyList<OptionCase> All { get; } =
    [
        new("procsim", "--help", ["--help", "-h", "-?"], run =>
        {
            foreach (var flag in (string[])["--help", "-h", "-?"])
            {
                var outcome = run.Succeeds(flag);
                foreach (var command in (string[])["validate", "strategies", "run", "compare", "sweep", "merge", "serve"])
                {
                    Assert.Matches($"(?m)^  {command} ", outcome.Output);
                }
            }
        }),
        new("procsim", "--version", ["--version"], run =>
            Assert.Matches(@"^\d+\.\d+\.\d+", run.Succeeds("--version").Output)),
    ];
}
