using System.Text.Json;

namespace ProcurementSim.Cli.Tests.Options;

/// <summary><c>procsim run</c>'s own options (the remote ones are in <see cref="RemoteOptionCases"/>).</summary>
internal static class RunOptionCases
{
    public static IReadOnlyList<OptionCase> All { get; } =
    [
        new("run", "--strategy", ["--strategy", "-s"], run =>
        {
            foreach (var (spelling, strategy) in new[] { ("--strategy", "structured_replacement"), ("-s", "status_quo") })
            {
                var dir = run.Temp.File(spelling);
                run.Succeeds("run", OptionTable.Minimal, spelling, strategy, "--out", dir);
                Assert.Equal(strategy, ResultField(dir, "strategy").GetString());
            }

            run.Fails(2, "no strategy named 'nope'", "run", OptionTable.Minimal, "--strategy", "nope", "--out", run.Temp.File("bad"));
        }),
        new("run", "--seed", ["--seed"], run =>
        {
            run.Succeeds("run", OptionTable.Minimal, "--seed", "42", "--out", run.Temp.Path);
            Assert.Equal(42UL, ResultField(run.Temp.Path, "seed").GetUInt64());
            run.Fails(2, "--seed expects a whole number", "run", OptionTable.Minimal, "--seed", "-1");
        }),
        new("run", "--out", ["--out", "-o"], run =>
        {
            foreach (var spelling in (string[])["--out", "-o"])
            {
                var dir = run.Temp.File(spelling);
                var outcome = run.Succeeds("run", OptionTable.Minimal, spelling, dir);
                foreach (var name in (string[])["result.json", "timeline.csv", "report.html"])
                {
                    Assert.True(new FileInfo(Path.Combine(dir, name)).Length > 0, name);
                    Assert.Contains(Path.Combine(dir, name), outcome.Output, StringComparison.Ordinal);
                }
            }
        }),
    ];

    private static JsonElement ResultField(string directory, string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "result.json")));
        return json.RootElement.GetProperty(name).Clone();
    }
}
