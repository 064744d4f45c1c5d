using System.Text.Json;
using System.Text.Json.Nodes;
using ProcurementSim.Cli.Tests.Options;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

/// <summary>
/// <c>optimize --islands K</c> and its island shards (<c>--shard I/N</c>, <c>procsim merge</c>): independent
/// populations judged in the same states, their fronts' union re-evaluated; the shards merged are the islands' bytes.
/// </summary>
public sealed class OptimizeIslandTests
{
    private static readonly string[] Files = ["optimize.json", "runs.csv", "report.html"];

    private static string[] Search(string outDir, params string[] more) =>
        OptimizeOptionCases.Tiny(outDir, ["--population", "6", "--generations", "2", "--states", "4", "--seed", "3", .. more]);

    [Fact]
    public void One_island_is_the_search_without_islands_and_says_nothing_of_islands()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Procsim.Run(Search(temp.File("plain"))).ExitCode);
        Assert.Equal(0, Procsim.Run(Search(temp.File("one"), "--islands", "1")).ExitCode);

        foreach (var file in Files) Assert.Equal(File.ReadAllBytes(temp.File($"plain/{file}")), File.ReadAllBytes(temp.File($"one/{file}")));
        Assert.False(OptimizeOptionCases.Json(temp.File("one")).GetProperty("header").TryGetProperty("islands", out _));
    }

    [Fact]
    public void Three_island_shards_merged_in_any_order_write_the_bytes_of_the_search_with_three_islands()
    {
        using var temp = new TempDirectory();
        var islands = Procsim.Run(Search(temp.File("islands"), "--islands", "3"));
        Assert.True(islands.ExitCode == 0, islands.ToString());
        for (var i = 1; i <= 3; i++)
        {
            var shard = Procsim.Run(Search(temp.File($"shard{i}"), "--shard", $"{i}/3"));
            Assert.True(shard.ExitCode == 0, shard.ToString());
            Assert.Equal(["shard.json"], Directory.GetFiles(temp.File($"shard{i}")).Select(Path.GetFileName));
        }

        var merged = Procsim.Run("merge", temp.File("shard3"), temp.File("shard1"), temp.File("shard2"), "--out", temp.File("merged"));

        Assert.True(merged.ExitCode == 0, merged.ToString());
        foreach (var file in Files)
        {
            Assert.True(File.ReadAllBytes(temp.File($"islands/{file}")).AsSpan().SequenceEqual(File.ReadAllBytes(temp.File($"merged/{file}"))), $"{file} differs after the merge");
        }
        // Three searches of 6 × (2 + 1) candidates each; the front is non-dominated in sample, one search or three.
        var json = OptimizeOptionCases.Json(temp.File("merged"));
        Assert.Equal(3, json.GetProperty("header").GetProperty("islands").GetInt32());
        Assert.Equal(3 * 6 * 3, json.GetProperty("evaluations").GetInt64());
        Assert.True(json.GetProperty("header").GetProperty("complete").GetBoolean());
        var signs = json.GetProperty("objectives").EnumerateArray().Select(o => o.GetProperty("sense").GetString() == "maximise" ? -1.0 : 1.0).ToArray();
        var points = json.GetProperty("front").EnumerateArray()
            .Select(p => p.GetProperty("in_sample").EnumerateObject().Select((v, m) => signs[m] * v.Value.GetDouble()).ToArray()).ToList();
        Assert.NotEmpty(points);
        foreach (var p in points)
        {
            Assert.DoesNotContain(points, q => q.Zip(p).All(x => x.First <= x.Second) && q.Zip(p).Any(x => x.First < x.Second));
        }
        // Each island searched with its own seed: the shards' fronts are not all the same.
        var fronts = Enumerable.Range(1, 3).Select(i => JsonNode.Parse(File.ReadAllText(temp.File($"shard{i}/shard.json")))!["front"]!.ToJsonString()).ToList();
        Assert.True(fronts.Distinct().Count() > 1, "the three islands ended with the same front");
    }

    [Fact]
    public void A_missing_doubled_foreign_or_stopped_island_shard_is_refused_with_one_sentence()
    {
        using var temp = new TempDirectory();
        foreach (var i in new[] { 1, 2 }) Assert.Equal(0, Procsim.Run(Search(temp.File($"s{i}"), "--shard", $"{i}/2")).ExitCode);
        Assert.Equal(0, Procsim.Run(Search(temp.File("seed4"), "--shard", "2/2", "--seed", "4")).ExitCode);
        Assert.Equal(0, Procsim.Run(Search(temp.File("regret"), "--shard", "2/2", "--objectives", "max_regret")).ExitCode);
        Assert.Equal(0, Procsim.Run(Search(temp.File("of3"), "--shard", "2/3")).ExitCode);
        Assert.Equal(0, Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--runs", "2", "--shard", "2/2", "--out", temp.File("compare")).ExitCode);

        AssertRefused("1 island shard is missing: 2/2; give the directory of every island of the search.", "merge", temp.File("s1"));
        AssertRefused("island shard 1/2 is given twice", "merge", temp.File("s1"), temp.File("s1"), temp.File("s2"));
        foreach (var foreign in new[] { "seed4", "regret", "of3" })
        {
            AssertRefused($"{temp.File(foreign)} holds an island of another search than {temp.File("s1")}", "merge", temp.File("s1"), temp.File(foreign));
        }
        AssertRefused("is not a shard of optimize", "merge", temp.File("s1"), temp.File("compare"));

        var stopped = JsonNode.Parse(File.ReadAllText(temp.File("s2/shard.json")))!;
        stopped["complete"] = false;
        File.WriteAllText(temp.File("s2/shard.json"), stopped.ToJsonString());
        AssertRefused($"{temp.File("s2")} holds island shard 2/2 stopped early; play it again.", "merge", temp.File("s1"), temp.File("s2"));
    }

    [Fact]
    public void Islands_that_disagree_with_the_shards_count_are_refused()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run(Search(temp.File("out"), "--islands", "2", "--shard", "1/3"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--islands 2 and --shard 1/3 disagree", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(0, Procsim.Run(Search(temp.File("same"), "--islands", "3", "--shard", "1/3")).ExitCode);
    }

    private static void AssertRefused(string sentence, params string[] args)
    {
        var outcome = Procsim.Run(args);
        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains(sentence, outcome.Error, StringComparison.Ordinal);
        Assert.Single(outcome.ErrorLines);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }
}
