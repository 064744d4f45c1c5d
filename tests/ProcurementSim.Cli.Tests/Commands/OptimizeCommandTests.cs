using System.Text.Json;
using ProcurementSim.Cli.Tests.Options;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

public sealed class OptimizeCommandTests
{
    [Fact]
    public void A_small_search_of_the_structured_replacement_writes_its_front_in_and_out_of_sample_and_the_runs_of_the_re_evaluation()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run(OptimizeOptionCases.Tiny(temp.Path, "--population", "8", "--generations", "3", "--states", "10"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var json = OptimizeOptionCases.Json(temp.Path);
        Assert.True(json.GetProperty("header").GetProperty("complete").GetBoolean());
        Assert.Equal(3, json.GetProperty("header").GetProperty("generations_completed").GetInt32());
        Assert.Equal(4, json.GetProperty("hypervolume").GetProperty("generations").GetArrayLength());
        Assert.Equal(8 * 4, json.GetProperty("evaluations").GetInt64());
        var front = json.GetProperty("front").EnumerateArray().ToList();
        Assert.NotEmpty(front);
        Assert.All(front, p => Assert.Equal(JsonValueKind.Object, p.GetProperty("out_of_sample").ValueKind));

        // runs.csv: per fresh state the 7 strategies as written (lever columns empty), then each setting of the front with its levers.
        var lines = File.ReadAllLines(temp.File("runs.csv"));
        Assert.Equal(1 + 10 * (7 + front.Count), lines.Length);
        var header = lines[0].Split(',');
        var levers = json.GetProperty("levers").EnumerateArray().Select(l => Array.IndexOf(header, l.GetProperty("name").GetString())).ToList();
        Assert.All(levers, i => Assert.True(i > 3));
        foreach (var row in lines[1..].Select(l => l.Split(',')))
        {
            var setting = front.FindIndex(p => p.GetProperty("label").GetString() == row[3]);
            if (setting < 0)
            {
                Assert.All(levers, i => Assert.Equal("", row[i]));
                continue;
            }
            var values = front[setting].GetProperty("levers").EnumerateObject().Select(p => p.Value.GetDouble()).ToList();
            Assert.Equal(values, levers.Select(i => double.Parse(row[i], System.Globalization.CultureInfo.InvariantCulture)));
        }
        Assert.Contains("<div id=\"parcoords\"", File.ReadAllText(temp.File("report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void No_setting_of_the_front_is_dominated_in_sample_by_another()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run(OptimizeOptionCases.Tiny(temp.Path, "--population", "10", "--generations", "4", "--states", "8", "--objectives", "max_regret,p10:mission_capability_mean,p90:total_cost"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var json = OptimizeOptionCases.Json(temp.Path);
        var signs = json.GetProperty("objectives").EnumerateArray().Select(o => o.GetProperty("sense").GetString() == "maximise" ? -1.0 : 1.0).ToArray();
        var points = json.GetProperty("front").EnumerateArray()
            .Select(p => p.GetProperty("in_sample").EnumerateObject().Select((v, m) => signs[m] * v.Value.GetDouble()).ToArray()).ToList();
        foreach (var p in points)
        {
            Assert.DoesNotContain(points, q => q.Zip(p).All(x => x.First <= x.Second) && q.Zip(p).Any(x => x.First < x.Second));
        }
        // Settings with equal in-sample figures are one point of the front.
        Assert.Equal(points.Count, points.Select(p => string.Join(',', p)).Distinct().Count());
        Assert.All(json.GetProperty("front").EnumerateArray(), p => Assert.True(p.GetProperty("equivalent_settings").GetInt32() >= 1));
        // Regret against the strategies as written is never negative.
        Assert.All(points, p => Assert.True(p[0] >= 0));
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_another_search()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Procsim.Run(OptimizeOptionCases.Tiny(temp.File("a"), "--seed", "3")).ExitCode);
        Assert.Equal(0, Procsim.Run(OptimizeOptionCases.Tiny(temp.File("b"), "--seed", "3")).ExitCode);
        Assert.Equal(0, Procsim.Run(OptimizeOptionCases.Tiny(temp.File("c"), "--seed", "4")).ExitCode);

        Assert.Equal(File.ReadAllBytes(temp.File("a/optimize.json")), File.ReadAllBytes(temp.File("b/optimize.json")));
        Assert.Equal(File.ReadAllBytes(temp.File("a/runs.csv")), File.ReadAllBytes(temp.File("b/runs.csv")));
        Assert.NotEqual(File.ReadAllBytes(temp.File("a/runs.csv")), File.ReadAllBytes(temp.File("c/runs.csv")));
    }

    [Fact]
    public void A_scenario_without_levers_is_refused_with_a_sentence()
    {
        var outcome = Procsim.Run("optimize", ReferenceScenarios.TeachingMinimalPath, "--strategy", "structured_replacement");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("strategy 'structured_replacement' has no levers to search; the scenario's levers: section is empty", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trigger_threshold_lever_is_searched_as_a_whole_number()
    {
        using var temp = new TempDirectory();
        var text = ReferenceScenarios.Text(ReferenceScenarios.Standoff).Replace(
            "levers:\n", "levers:\n  - {strategy: structured_replacement, param: start_when.public_reports, min: 0, max: 3}\n", StringComparison.Ordinal);
        Assert.Contains("start_when.public_reports", text, StringComparison.Ordinal);
        var file = temp.File("threshold.yaml");
        File.WriteAllText(file, text);

        var outcome = Procsim.Run("optimize", file, "-s", "structured_replacement", "--population", "6", "--generations", "2", "--states", "4", "--out", temp.File("out"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var json = OptimizeOptionCases.Json(temp.File("out"));
        var lever = json.GetProperty("levers").EnumerateArray().Single(l => l.GetProperty("parameter").GetString() == "start_when.public_reports");
        Assert.Equal("integer", lever.GetProperty("kind").GetString());
        var name = lever.GetProperty("name").GetString()!;
        Assert.All(json.GetProperty("front").EnumerateArray(), p =>
        {
            var value = p.GetProperty("levers").GetProperty(name).GetDouble();
            Assert.True(value == Math.Round(value) && value is >= 0 and <= 3, $"{name} = {value}");
        });
    }
}
