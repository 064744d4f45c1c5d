using System.Text.Json;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Options;

/// <summary><c>procsim optimize</c>'s options, each with a tiny search of the standoff's structured replacement (the only reference strategy with levers).</summary>
internal static class OptimizeOptionCases
{
    private static string Standoff => ReferenceScenarios.StandoffPath;

    /// <summary>The arguments of a tiny search (4 candidates, 1 generation, 3 states) with <paramref name="more"/> (option, value pairs) added or replacing those.</summary>
    public static string[] Tiny(string outDir, params string[] more)
    {
        var options = new List<(string Name, string Value)> { ("--population", "4"), ("--generations", "1"), ("--states", "3") };
        for (var i = 0; i + 1 < more.Length; i += 2)
        {
            options.RemoveAll(o => o.Name == more[i]);
            options.Add((more[i], more[i + 1]));
        }
        return ["optimize", Standoff, "--strategy", "structured_replacement", .. options.SelectMany(o => new[] { o.Name, o.Value }), "--out", outDir];
    }

    public static JsonElement Json(string dir)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "optimize.json")));
        return json.RootElement.Clone();
    }

    public static IReadOnlyList<OptionCase> All { get; } =
    [
        new("optimize", "--strategy", ["--strategy", "-s"], run =>
        {
            run.Succeeds(["optimize", Standoff, "-s", "structured_replacement", "--population", "4", "--generations", "0", "--states", "2", "--out", run.Temp.Path]);
            Assert.Equal("structured_replacement", Json(run.Temp.Path).GetProperty("header").GetProperty("strategy").GetString());
            run.Fails(2, "strategy 'status_quo' has no levers to search; the strategies with levers are structured_replacement.", "optimize", Standoff, "--strategy", "status_quo");
            run.Fails(2, "no strategy named 'nope'", "optimize", Standoff, "--strategy", "nope");
        }),
        new("optimize", "--objectives", ["--objectives"], run =>
        {
            run.Succeeds(Tiny(run.Temp.Path, "--objectives", "max_regret, p50:score"));
            Assert.Equal(["max_regret", "p50:score"], Json(run.Temp.Path).GetProperty("objectives").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
            Assert.Equal(["minimise", "maximise"], Json(run.Temp.Path).GetProperty("objectives").EnumerateArray().Select(o => o.GetProperty("sense").GetString()));
            run.Fails(2, "--objectives \"p10:capability\": 'capability' is not an outcome; the outcomes are score, mission_capability_mean", "optimize", Standoff, "-s", "structured_replacement", "--objectives", "p10:capability");
            run.Fails(2, "'p100' is not a statistic", "optimize", Standoff, "-s", "structured_replacement", "--objectives", "p100:total_cost");
            run.Fails(2, "'regret' is not an objective; write satisficing_share, max_regret, mean_regret or STAT:OUTCOME", "optimize", Standoff, "-s", "structured_replacement", "--objectives", "regret");
        }),
        new("optimize", "--population", ["--population"], run =>
        {
            run.Succeeds(Tiny(run.Temp.Path, "--population", "6"));
            Assert.Equal(6 * 2, Json(run.Temp.Path).GetProperty("evaluations").GetInt64());
            run.Fails(2, "--population expects a whole number from 4 to 10,000; '3' is not one.", "optimize", Standoff, "-s", "structured_replacement", "--population", "3");
        }),
        new("optimize", "--generations", ["--generations"], run =>
        {
            run.Succeeds(Tiny(run.Temp.Path, "--generations", "2"));
            Assert.Equal(3, Json(run.Temp.Path).GetProperty("hypervolume").GetProperty("generations").GetArrayLength());
            run.Fails(2, "--generations expects a whole number from 0 to 100,000", "optimize", Standoff, "-s", "structured_replacement", "--generations", "-1");
        }),
        new("optimize", "--states", ["--states"], run =>
        {
            run.Succeeds(Tiny(run.Temp.Path, "--states", "2"));
            var json = Json(run.Temp.Path);
            Assert.Equal(2, json.GetProperty("header").GetProperty("out_of_sample_states").GetInt32());
            // runs.csv: 2 fresh states × (7 strategies as written + the front's settings).
            var rows = File.ReadAllLines(run.Temp.File("runs.csv")).Length - 1;
            Assert.Equal(2 * (7 + json.GetProperty("front").GetArrayLength()), rows);
            run.Fails(2, "--states expects a whole number from 1 to 1,000,000", "optimize", Standoff, "-s", "structured_replacement", "--states", "0");
        }),
        new("optimize", "--seed", ["--seed"], run =>
        {
            run.Succeeds(Tiny(run.Temp.Path, "--seed", "7"));
            var header = Json(run.Temp.Path).GetProperty("header");
            Assert.Equal(7UL, header.GetProperty("seed").GetUInt64());
            Assert.Equal(7UL ^ 0x6F75742D6F662D73UL, header.GetProperty("out_of_sample_seed").GetUInt64());
            run.Fails(2, "--seed expects a whole number", "optimize", Standoff, "-s", "structured_replacement", "--seed", "x");
        }),
        new("optimize", "--satisfice", ["--satisfice"], run =>
        {
            run.Succeeds(Tiny(run.Temp.Path, "--satisfice", "score >= 50"));
            Assert.Equal(["score >= 50"], Json(run.Temp.Path).GetProperty("header").GetProperty("satisficing").EnumerateArray().Select(e => e.GetString()));
            run.Fails(2, "--satisfice \"score >=\": column", "optimize", Standoff, "-s", "structured_replacement", "--satisfice", "score >=");
        }),
        new("optimize", "--parallel", ["--parallel", "-j"], run =>
        {
            // The results do not depend on it: one thread and two write the same bytes.
            run.Succeeds(Tiny(run.Temp.File("one"), "-j", "1"));
            run.Succeeds(Tiny(run.Temp.File("two"), "--parallel", "2"));
            foreach (var file in (string[])["optimize.json", "runs.csv", "report.html"])
            {
                Assert.Equal(File.ReadAllBytes(run.Temp.File("one/" + file)), File.ReadAllBytes(run.Temp.File("two/" + file)));
            }
            run.Fails(2, "--parallel expects a whole number from 1 to 1,024", "optimize", Standoff, "-s", "structured_replacement", "--parallel", "2000");
        }),
        new("optimize", "--out", ["--out", "-o"], run =>
        {
            var outcome = run.Succeeds(["optimize", Standoff, "-s", "structured_replacement", "--population", "4", "--generations", "0", "--states", "2", "-o", run.Temp.Path]);
            foreach (var file in (string[])["optimize.json", "runs.csv", "report.html"])
            {
                Assert.True(File.Exists(run.Temp.File(file)), file);
                Assert.Contains(run.Temp.File(file), outcome.Output, StringComparison.Ordinal);
            }
            run.Succeeds(Tiny(run.Temp.File("long")));
            Assert.True(File.Exists(run.Temp.File("long/optimize.json")));
        }),
        new("optimize", "--islands", ["--islands"], run =>
        {
            run.Succeeds(Tiny(run.Temp.Path, "--islands", "2"));
            // Two searches of 4 × (1 + 1) candidates.
            Assert.Equal(2, Json(run.Temp.Path).GetProperty("header").GetProperty("islands").GetInt32());
            Assert.Equal(16, Json(run.Temp.Path).GetProperty("evaluations").GetInt64());
            run.Fails(2, "--islands expects a whole number from 1 to 1,000; '0' is not one.", Tiny(run.Temp.File("zero"), "--islands", "0"));
        }),
        new("optimize", "--shard", ["--shard"], run =>
        {
            run.Succeeds(Tiny(run.Temp.File("s1"), "--shard", "1/2"));
            run.Succeeds(Tiny(run.Temp.File("s2"), "--shard", "2/2"));
            Assert.Equal("procsim.optimize-shard/1", JsonDocument.Parse(File.ReadAllBytes(run.Temp.File("s2/shard.json"))).RootElement.GetProperty("format").GetString());
            run.Succeeds(["merge", run.Temp.File("s1"), run.Temp.File("s2"), "--out", run.Temp.File("merged")]);
            Assert.Equal(2, Json(run.Temp.File("merged")).GetProperty("header").GetProperty("islands").GetInt32());
            run.Fails(2, "--islands 3 and --shard 1/2 disagree", Tiny(run.Temp.File("x"), "--shard", "1/2", "--islands", "3"));
        }),
    ];
}
