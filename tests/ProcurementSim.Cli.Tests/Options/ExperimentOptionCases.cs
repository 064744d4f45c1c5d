using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Options;

/// <summary>The options compare and sweep share, checked on each (the remote ones are in <see cref="RemoteOptionCases"/>).</summary>
internal static class ExperimentOptionCases
{
    /// <param name="command"><c>compare</c> or <c>sweep</c>.</param>
    /// <param name="count">Its count option: <c>--runs</c> or <c>--samples</c>.</param>
    public static IEnumerable<OptionCase> All(string command, string count)
    {
        var summary = $"{command}.json";
        return
        [
            new(command, "--strategies", ["--strategies"], run =>
            {
                run.Succeeds(command, OptionTable.Minimal, "--strategies", "structured_replacement", count, "2", "--out", run.Temp.File("one"));
                Assert.Equal(["structured_replacement", "structured_replacement"], OptionTable.StrategiesOf(run.Temp.File("one/runs.csv")));
                run.Succeeds(command, OptionTable.Minimal, "--strategies", "all", count, "2", "--out", run.Temp.File("all"));
                Assert.Equal(["status_quo", "structured_replacement", "status_quo", "structured_replacement"], OptionTable.StrategiesOf(run.Temp.File("all/runs.csv")));
                run.Fails(2, "no strategy named 'nope'", command, OptionTable.Minimal, "--strategies", "status_quo,nope", "--out", run.Temp.File("bad"));
            }),
            new(command, count, [count], run =>
            {
                run.Succeeds(command, OptionTable.Minimal, count, "3", "--strategies", "status_quo", "--out", run.Temp.Path);
                Assert.Equal(1 + 3, File.ReadAllLines(run.Temp.File("runs.csv")).Length);
                run.Fails(2, $"{count} expects a whole number from 1", command, OptionTable.Minimal, count, "0");
            }),
            new(command, "--seed", ["--seed"], run =>
            {
                run.Succeeds(command, OptionTable.Minimal, "--seed", "7", count, "2", "--out", run.Temp.Path);
                Assert.Equal(7UL, OptionTable.Header(run.Temp.File(summary)).GetProperty("seed").GetUInt64());
                run.Fails(2, "--seed expects a whole number", command, OptionTable.Minimal, "--seed", "x");
            }),
            new(command, "--parallel", ["--parallel", "-j"], run =>
            {
                // The results do not depend on it: one thread and two write the same bytes.
                run.Succeeds(command, ReferenceScenarios.StandoffPath, "-j", "1", count, "4", "--strategies", "status_quo,ultimatum", "--out", run.Temp.File("one"));
                run.Succeeds(command, ReferenceScenarios.StandoffPath, "--parallel", "2", count, "4", "--strategies", "status_quo,ultimatum", "--out", run.Temp.File("two"));
                Assert.Equal(File.ReadAllBytes(run.Temp.File("one/runs.csv")), File.ReadAllBytes(run.Temp.File("two/runs.csv")));
                run.Fails(2, "--parallel expects a whole number from 1 to 1,024", command, OptionTable.Minimal, "--parallel", "2000");
            }),
            new(command, "--satisfice", ["--satisfice"], run =>
            {
                run.Succeeds(command, OptionTable.Minimal, "--satisfice", "score >= 50", "--satisfice", "capability_gap_weeks <= 3", count, "2", "--out", run.Temp.Path);
                Assert.Equal(["score >= 50", "capability_gap_weeks <= 3"],
                    OptionTable.Header(run.Temp.File(summary)).GetProperty("satisficing").EnumerateArray().Select(e => e.GetString()));
                run.Fails(2, "did you mean 'capability_gap_weeks'?", command, OptionTable.Minimal, "--satisfice", "capability_gap_wekes > 3", "--out", run.Temp.File("bad"));
            }),
            new(command, "--out", ["--out", "-o"], run =>
            {
                foreach (var spelling in (string[])["--out", "-o"])
                {
                    var dir = run.Temp.File(spelling);
                    var outcome = run.Succeeds(command, OptionTable.Minimal, count, "2", spelling, dir);
                    foreach (var name in (string[])[summary, "runs.csv", "report.html"])
                    {
                        Assert.True(new FileInfo(Path.Combine(dir, name)).Length > 0, name);
                        Assert.Contains(Path.Combine(dir, name), outcome.Output, StringComparison.Ordinal);
                    }
                }
            }),
        ];
    }
}
