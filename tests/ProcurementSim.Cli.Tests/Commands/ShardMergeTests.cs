using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

/// <summary><c>--shard I/N</c> and <c>procsim merge</c>: shards played apart and merged give the unsharded command's bytes.</summary>
public sealed class ShardMergeTests
{
    private static readonly string[] Sweep =
    [
        "sweep", ReferenceScenarios.StandoffPath, "--design", "lhs", "--samples", "40", "--replications", "2",
        "--strategies", "structured_replacement,status_quo,dual_source", "--fail", "capability_gap_weeks > 8", "--parquet",
    ];

    [Fact]
    public async Task Three_shards_played_as_separate_processes_merge_into_the_bytes_of_the_whole_sweep()
    {
        using var temp = new TempDirectory();
        var whole = Procsim.Run([.. Sweep, "--out", temp.File("whole")]);
        Assert.True(whole.ExitCode == 0, whole.ToString());

        // The three shards at once, each its own procsim process, as three machines would play them.
        var shards = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => RunProcess([.. Sweep, "--shard", $"{i}/3", "--out", temp.File($"shard{i}")])));
        Assert.All(shards, s => Assert.True(s.ExitCode == 0, s.Output));
        Assert.Equal(["shard.json", "states.bin"], Directory.GetFiles(temp.File("shard2")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var manifest = JsonNode.Parse(File.ReadAllText(temp.File("shard2/shard.json")))!;
        Assert.Equal(26, (int)manifest["first_state"]!); // ⌊1 · 80 / 3⌋
        Assert.Equal(53, (int)manifest["end_state"]!);   // ⌊2 · 80 / 3⌋

        // Given in any order.
        var merged = Procsim.Run("merge", temp.File("shard3"), temp.File("shard1"), temp.File("shard2"), "--out", temp.File("merged"));

        Assert.True(merged.ExitCode == 0, merged.ToString());
        foreach (var file in new[] { "sweep.json", "runs.csv", "runs.parquet", "report.html" })
        {
            Assert.True(Hash(temp.File($"whole/{file}")) == Hash(temp.File($"merged/{file}")), $"{file} differs after the merge");
        }
    }

    [Fact]
    public void A_compare_merged_from_two_shards_is_the_whole_compare()
    {
        using var temp = new TempDirectory();
        string[] compare = ["compare", ReferenceScenarios.FragileTransitionPath, "--runs", "30", "--strategies", "all"];
        Assert.Equal(0, Procsim.Run([.. compare, "--out", temp.File("whole")]).ExitCode);
        Assert.Equal(0, Procsim.Run([.. compare, "--shard", "1/2", "--out", temp.File("a")]).ExitCode);
        Assert.Equal(0, Procsim.Run([.. compare, "--shard", "2/2", "--out", temp.File("b")]).ExitCode);

        var merged = Procsim.Run("merge", temp.File("a"), temp.File("b"), "--out", temp.File("merged"));

        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Contains("Rank", merged.Output, StringComparison.Ordinal);
        foreach (var file in new[] { "compare.json", "runs.csv", "report.html" })
        {
            Assert.Equal(Hash(temp.File($"whole/{file}")), Hash(temp.File($"merged/{file}")));
        }
    }

    [Fact]
    public void A_Sobol_sweep_merged_from_two_shards_is_the_whole_sweep_with_its_indices()
    {
        // A shard boundary falls inside a base row (2 × 3 rows of k + 2 = 13 samples, replicated twice: 78 states, cut
        // at 39); the indices need every sample of a row, which only the merge has.
        using var temp = new TempDirectory();
        string[] sweep = ["sweep", ReferenceScenarios.StandoffPath, "--design", "sobol", "--samples", "3", "--replications", "2",
            "--strategies", "structured_replacement,status_quo", "--fail", "capability_gap_weeks > 8"];
        Assert.Equal(0, Procsim.Run([.. sweep, "--out", temp.File("whole")]).ExitCode);
        Assert.Equal(0, Procsim.Run([.. sweep, "--shard", "1/2", "--out", temp.File("shard1")]).ExitCode);
        Assert.Equal(0, Procsim.Run([.. sweep, "--shard", "2/2", "--out", temp.File("shard2")]).ExitCode);

        var merged = Procsim.Run("merge", temp.File("shard1"), temp.File("shard2"), "--out", temp.File("merged"));

        Assert.True(merged.ExitCode == 0, merged.ToString());
        foreach (var file in new[] { "sweep.json", "runs.csv", "report.html" })
        {
            Assert.True(Hash(temp.File($"whole/{file}")) == Hash(temp.File($"merged/{file}")), $"{file} differs after the merge");
        }

        Assert.Equal(3, JsonNode.Parse(File.ReadAllText(temp.File("merged/sweep.json")))!["sobol"]!["rows"]!.GetValue<int>());
    }

    [Fact]
    public void A_missing_shard_is_refused_with_a_sentence()
    {
        using var temp = new TempDirectory();
        PlayShards(temp, count: 3, 1, 3);

        var merged = Procsim.Run("merge", temp.File("s1"), temp.File("s3"), "--out", temp.File("merged"));

        Assert.Equal(2, merged.ExitCode);
        Assert.Contains("1 shard is missing: 2/3", merged.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("merged")));
    }

    [Fact]
    public void A_shard_of_another_experiment_is_refused_with_a_sentence()
    {
        using var temp = new TempDirectory();
        PlayShards(temp, count: 2, 1);
        Assert.Equal(0, Procsim.Run("compare", ReferenceScenarios.TeachingMinimalPath, "--runs", "20", "--seed", "8", "--shard", "2/2", "--out", temp.File("other")).ExitCode);

        var merged = Procsim.Run("merge", temp.File("s1"), temp.File("other"));

        Assert.Equal(2, merged.ExitCode);
        Assert.Contains("holds a shard of another experiment", merged.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_given_twice_a_stopped_shard_and_a_cut_off_states_file_are_refused()
    {
        using var temp = new TempDirectory();
        PlayShards(temp, count: 2, 1, 2);

        var twice = Procsim.Run("merge", temp.File("s1"), temp.File("s2"), temp.File("s2"));
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("shard 2/2 is given twice", twice.Error, StringComparison.Ordinal);

        var manifest = temp.File("s2/shard.json");
        var original = File.ReadAllText(manifest);
        var stopped = JsonNode.Parse(original)!;
        stopped["states_played"] = 3;
        stopped["complete"] = false;
        File.WriteAllText(manifest, stopped.ToJsonString());
        var early = Procsim.Run("merge", temp.File("s1"), temp.File("s2"), "--out", temp.File("m1"));
        Assert.Equal(2, early.ExitCode);
        Assert.Contains("stopped early (3 of 10 states played); play it again", early.Error, StringComparison.Ordinal);

        File.WriteAllText(manifest, original);
        var states = temp.File("s2/states.bin");
        var bytes = File.ReadAllBytes(states);
        File.WriteAllBytes(states, bytes[..(bytes.Length / 2)]);
        var cut = Procsim.Run("merge", temp.File("s1"), temp.File("s2"), "--out", temp.File("m2"));
        Assert.Equal(2, cut.ExitCode);
        Assert.Contains("cannot use", cut.Error, StringComparison.Ordinal);
        Assert.Contains("play shard 2/2 again", cut.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cut.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4/3")]
    [InlineData("0/3")]
    [InlineData("two/3")]
    public void A_malformed_shard_is_a_parse_error(string shard)
    {
        var outcome = Procsim.Run("compare", ReferenceScenarios.TeachingMinimalPath, "--shard", shard);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"--shard expects I/N with 1 ≤ I ≤ N", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void More_shards_than_states_and_a_shard_with_remote_are_refused()
    {
        using var temp = new TempDirectory();
        var empty = Procsim.Run("compare", ReferenceScenarios.TeachingMinimalPath, "--runs", "2", "--shard", "1/3", "--out", temp.Path);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("shard 1/3 has no state: the experiment has 2; use at most 2 shards", empty.Error, StringComparison.Ordinal);

        var remote = Procsim.Run("compare", ReferenceScenarios.TeachingMinimalPath, "--shard", "1/2", "--remote", "http://127.0.0.1:1");
        Assert.Equal(2, remote.ExitCode);
        Assert.Contains("cannot be combined with --remote", remote.Error, StringComparison.Ordinal);
    }

    /// <summary>Plays shards <paramref name="indexes"/> of <paramref name="count"/> of a 20-run compare (seed 7) of the teaching scenario into s1, s2, ….</summary>
    private static void PlayShards(TempDirectory temp, int count, params int[] indexes)
    {
        foreach (var i in indexes)
        {
            var outcome = Procsim.Run("compare", ReferenceScenarios.TeachingMinimalPath, "--runs", "20", "--seed", "7",
                "--shard", $"{i}/{count}", "--out", temp.File($"s{i}"));
            Assert.True(outcome.ExitCode == 0, outcome.ToString());
        }
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static async Task<(int ExitCode, string Output)> RunProcess(string[] args)
    {
        using var process = Process.Start(ProcsimProcess.StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await stdout + await stderr);
    }
}
