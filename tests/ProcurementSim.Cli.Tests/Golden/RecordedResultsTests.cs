using System.Security.Cryptography;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Core.Loading;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Golden;

/// <summary>
/// Holds the bytes of the model's results still across refactoring: the sha256 of <c>result.json</c> and
/// <c>timeline.csv</c> for every strategy of every reference scenario at two seeds, and of <c>compare.json</c> and
/// <c>runs.csv</c> for a 7 × 50 compare of the standoff, against <c>recorded-results.txt</c>. A change that moves
/// code must leave every line equal; only a change of the model may re-record them (set
/// <c>PROCSIM_RECORD_RESULTS</c> to the path of <c>recorded-results.txt</c> and run this test), in its own
/// commit that says why the results changed.
/// </summary>
public sealed class RecordedResultsTests
{
    private static readonly string[] Seeds = ["11", "20260227"];
    private const string CompareRuns = "50";
    private const string Header = "# sha256 of the reference results (RecordedResultsTests). Re-record only in a commit that changes the model, saying why.";

    [Fact]
    public void Every_reference_result_is_byte_identical_to_the_recorded_one()
    {
        var actual = Compute();
        var recordPath = Environment.GetEnvironmentVariable("PROCSIM_RECORD_RESULTS");
        if (!string.IsNullOrEmpty(recordPath))
        {
            File.WriteAllLines(recordPath, [Header, .. actual]);
        }
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", "recorded-results.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

        var missing = expected.Except(actual).ToArray();
        var extra = actual.Except(expected).ToArray();
        Assert.True(missing.Length == 0 && extra.Length == 0,
            $"results differ from Golden/recorded-results.txt\n--- recorded, not produced:\n{string.Join('\n', missing)}\n--- produced, not recorded:\n{string.Join('\n', extra)}");
    }

    private static List<string> Compute()
    {
        var lines = new List<string>();
        foreach (var file in new[] { "teaching-minimal.yaml", "usage-policy-standoff.yaml", "fragile-transition.yaml" })
        {
            var path = ReferenceScenarios.PathOf(file);
            foreach (var strategy in StrategiesOf(path))
            {
                foreach (var seed in Seeds)
                {
                    using var temp = new TempDirectory();
                    var outcome = Procsim.Run("run", path, "--strategy", strategy, "--seed", seed, "--out", temp.Path);
                    Assert.True(outcome.ExitCode == 0, outcome.ToString());
                    lines.Add($"{file} {strategy} seed {seed} result.json {Sha256(temp.File("result.json"))}");
                    lines.Add($"{file} {strategy} seed {seed} timeline.csv {Sha256(temp.File("timeline.csv"))}");
                }
            }
        }
        using (var temp = new TempDirectory())
        {
            var outcome = Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--runs", CompareRuns, "--out", temp.Path);
            Assert.True(outcome.ExitCode == 0, outcome.ToString());
            lines.Add($"usage-policy-standoff.yaml compare runs {CompareRuns} compare.json {Sha256(temp.File("compare.json"))}");
            lines.Add($"usage-policy-standoff.yaml compare runs {CompareRuns} runs.csv {Sha256(temp.File("runs.csv"))}");
        }
        return lines;
    }

    private static IEnumerable<string> StrategiesOf(string path)
    {
        var loaded = ScenarioLoader.LoadFile(path);
        Assert.True(loaded.IsValid, string.Join('\n', loaded.Diagnostics));
        return loaded.Scenario!.Strategies.Select(s => s.Name);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
