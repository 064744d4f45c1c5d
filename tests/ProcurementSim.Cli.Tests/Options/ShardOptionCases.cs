namespace ProcurementSim.Cli.Tests.Options;

/// <summary><c>--shard I/N</c> on compare and sweep, and <c>procsim merge</c>'s option: shards merged give the whole command's bytes.</summary>
internal static class ShardOptionCases
{
    /// <param name="command"><c>compare</c> or <c>sweep</c>.</param>
    /// <param name="count">Its count option: <c>--runs</c> or <c>--samples</c>.</param>
    public static OptionCase Shard(string command, string count) => new(command, "--shard", ["--shard"], run =>
    {
        var shard = run.Temp.File("shard-1");
        run.Succeeds(command, OptionTable.Minimal, count, "4", "--shard", "1/2", "--out", shard);
        Assert.True(new FileInfo(Path.Combine(shard, "shard.json")).Length > 0);
        Assert.True(File.Exists(Path.Combine(shard, "states.bin")));
        Assert.False(File.Exists(Path.Combine(shard, "runs.csv")));
        run.Fails(2, "--shard expects I/N with 1 ≤ I ≤ N", command, OptionTable.Minimal, "--shard", "3/2", "--out", run.Temp.File("bad"));
    });

    public static OptionCase MergeOut { get; } = new("merge", "--out", ["--out", "-o"], run =>
    {
        run.Succeeds("compare", OptionTable.Minimal, "--runs", "4", "--out", run.Temp.File("whole"));
        foreach (var i in (string[])["1", "2"])
        {
            run.Succeeds("compare", OptionTable.Minimal, "--runs", "4", "--shard", $"{i}/2", "--out", run.Temp.File($"shard-{i}"));
        }

        foreach (var spelling in (string[])["--out", "-o"])
        {
            var merged = run.Temp.File("merged" + spelling);
            var outcome = run.Succeeds("merge", run.Temp.File("shard-2"), run.Temp.File("shard-1"), spelling, merged);
            foreach (var name in (string[])["compare.json", "runs.csv", "report.html"])
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(run.Temp.File("whole"), name)), File.ReadAllBytes(Path.Combine(merged, name)));
                Assert.Contains(Path.Combine(merged, name), outcome.Output, StringComparison.Ordinal);
            }
        }
    });
}
