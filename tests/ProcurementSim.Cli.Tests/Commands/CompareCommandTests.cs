using System.Globalization;
using System.Text.Json;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

public sealed class CompareCommandTests
{
    [Fact]
    public void Compare_writes_compare_json_runs_csv_and_report_html_with_one_row_per_run_and_strategy()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--runs", "12", "--strategies", "status_quo,structured_replacement", "--out", temp.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        foreach (var name in (string[])["compare.json", "runs.csv", "report.html"])
        {
            Assert.True(new FileInfo(temp.File(name)).Length > 0, name);
            Assert.Contains(temp.File(name), outcome.Output, StringComparison.Ordinal);
        }
        var lines = File.ReadAllLines(temp.File("runs.csv"));
        Assert.Equal(1 + 12 * 2, lines.Length);
        // Plan order: state by state, the strategies in ordinal name order within each state (MODEL.md §4.2).
        Assert.StartsWith("0,0,0,status_quo,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("0,0,0,structured_replacement,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("11,11,0,structured_replacement,", lines[^1], StringComparison.Ordinal);
        // The status quo never transitions: its transition_weeks field is empty; the replacement's is a whole number.
        var transition = Array.IndexOf(lines[0].Split(','), "transition_weeks");
        Assert.True(transition > 0);
        Assert.Equal("", lines[1].Split(',')[transition]);
        Assert.Matches("^[0-9]+$", lines[2].Split(',')[transition]);
    }

    [Fact]
    public void Compare_writes_the_same_bytes_whatever_the_parallelism()
    {
        using var one = new TempDirectory();
        using var two = new TempDirectory();
        var a = Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--runs", "30", "--parallel", "1", "--out", one.Path);
        var b = Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--runs", "30", "--parallel", "2", "--out", two.Path);

        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a + "\n" + b);
        Assert.Equal(File.ReadAllBytes(one.File("runs.csv")), File.ReadAllBytes(two.File("runs.csv")));
        Assert.Equal(File.ReadAllBytes(one.File("compare.json")), File.ReadAllBytes(two.File("compare.json")));
        Assert.Equal(File.ReadAllBytes(one.File("report.html")), File.ReadAllBytes(two.File("report.html")));
    }

    [Fact]
    public void A_compare_too_large_to_keep_streams_and_still_writes_the_same_bytes_whatever_the_parallelism()
    {
        // The teaching scenario keeps 60 numbers a state (2 strategies × (18 outcomes + 12 weeks)): 70,000 states are
        // past the 2-million-number budget, so the statistics stream and the quantiles come from the sketch.
        using var one = new TempDirectory();
        using var two = new TempDirectory();
        var a = Procsim.Run("compare", ReferenceScenarios.TeachingMinimalPath, "--runs", "70000", "--parallel", "1", "--out", one.Path);
        var b = Procsim.Run("compare", ReferenceScenarios.TeachingMinimalPath, "--runs", "70000", "--parallel", "2", "--out", two.Path);

        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a + "\n" + b);
        var json = File.ReadAllText(one.File("compare.json"));
        Assert.Contains("Streamed statistics: the 70,000 states of the world are more than the 33,333 kept in memory", json, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(one.File("compare.json")), File.ReadAllBytes(two.File("compare.json")));
        Assert.Equal(File.ReadAllBytes(one.File("report.html")), File.ReadAllBytes(two.File("report.html")));
        Assert.Equal(70_001 * 2 - 1, File.ReadAllLines(one.File("runs.csv")).Length);
        // The console says so too (wrapped at the terminal's width).
        Assert.Contains("The 70,000 states are more than the 33,333 kept in memory: P10, P50 and P90 are estimates within 0.5% of the value;",
            System.Text.RegularExpressions.Regex.Replace(a.Output, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_and_run_write_the_same_bytes_whatever_order_the_file_lists_its_categories_vendors_injects_and_strategies()
    {
        // Names, not positions (MODEL.md §4.1–4.2): the standoff with all four lists reversed, and --strategies in
        // another order, gives the same compare.json and runs.csv, and the same result.json and timeline.csv.
        using var files = new TempDirectory();
        var reversed = files.File("usage-policy-standoff.yaml");
        File.WriteAllText(reversed, Reversed(File.ReadAllText(ReferenceScenarios.StandoffPath), "categories", "vendors", "injects", "strategies"));
        using var one = new TempDirectory();
        using var two = new TempDirectory();
        var a = Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--runs", "30", "--strategies", "dual_source,status_quo,ultimatum", "--out", one.Path);
        var b = Procsim.Run("compare", reversed, "--runs", "30", "--strategies", "ultimatum,dual_source,status_quo", "--out", two.Path);

        Assert.True(a.ExitCode == 0 && b.ExitCode == 0, a + "\n" + b);
        Assert.Equal(File.ReadAllBytes(one.File("compare.json")), File.ReadAllBytes(two.File("compare.json")));
        Assert.Equal(File.ReadAllBytes(one.File("runs.csv")), File.ReadAllBytes(two.File("runs.csv")));

        foreach (var strategy in (string[])["negotiate_carve_out", "structured_replacement"])
        {
            using var x = new TempDirectory();
            using var y = new TempDirectory();
            Assert.Equal(0, Procsim.Run("run", ReferenceScenarios.StandoffPath, "--strategy", strategy, "--seed", "5", "--out", x.Path).ExitCode);
            Assert.Equal(0, Procsim.Run("run", reversed, "--strategy", strategy, "--seed", "5", "--out", y.Path).ExitCode);
            Assert.Equal(File.ReadAllBytes(x.File("result.json")), File.ReadAllBytes(y.File("result.json")));
            Assert.Equal(File.ReadAllBytes(x.File("timeline.csv")), File.ReadAllBytes(y.File("timeline.csv")));
        }
    }

    /// <summary>The scenario text with the lists under <paramref name="sections"/> in reverse order.</summary>
    private static string Reversed(string yaml, params string[] sections)
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var section in sections)
        {
            var list = (YamlDotNet.RepresentationModel.YamlSequenceNode)root.Children[new YamlDotNet.RepresentationModel.YamlScalarNode(section)];
            var items = list.Children.Reverse().ToList();
            list.Children.Clear();
            foreach (var item in items) list.Children.Add(item);
        }
        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    [Theory]
    [InlineData("compare", "--runs")]
    [InlineData("sweep", "--samples")]
    public void Strategies_all_plays_every_strategy_as_leaving_the_option_out_does(string command, string count)
    {
        using var all = new TempDirectory();
        using var omitted = new TempDirectory();
        var a = Procsim.Run(command, ReferenceScenarios.TeachingMinimalPath, "--strategies", "all", count, "3", "--out", all.Path);
        var b = Procsim.Run(command, ReferenceScenarios.TeachingMinimalPath, count, "3", "--out", omitted.Path);

        Assert.True(a.ExitCode == 0, a.ToString());
        Assert.True(b.ExitCode == 0, b.ToString());
        var rows = File.ReadAllLines(all.File("runs.csv"));
        Assert.Equal(["status_quo", "structured_replacement"], rows[1..].Select(r => r.Split(',')[3]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(omitted.File("runs.csv")), File.ReadAllBytes(all.File("runs.csv")));
    }

    [Fact]
    public void The_seed_changes_the_sampled_states()
    {
        using var one = new TempDirectory();
        using var two = new TempDirectory();
        Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--runs", "10", "--seed", "1", "--strategies", "status_quo", "--out", one.Path);
        Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--runs", "10", "--seed", "2", "--strategies", "status_quo", "--out", two.Path);
        Assert.NotEqual(File.ReadAllText(one.File("runs.csv")), File.ReadAllText(two.File("runs.csv")));
    }

    [Fact]
    public void Compare_prints_a_table_per_strategy_and_the_ranking()
    {
        using var temp = new TempDirectory();
        // Wide enough for the ranking table's nine columns on one line each.
        var outcome = Procsim.Run(Procsim.DefaultEnvironment with { Columns = 160 }, "compare", ReferenceScenarios.StandoffPath, "--runs", "8", "--strategies", "status_quo,ultimatum", "--out", temp.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("status_quo (8 runs)", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("ultimatum (8 runs)", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("Ranking and robustness", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("P(best)", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_strategy_is_refused_with_exit_code_2_and_a_suggestion()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--strategies", "status_quo,ultimatm", "--out", temp.Path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no strategy named 'ultimatm'; did you mean 'ultimatum'?", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("runs.csv")));
    }

    [Theory]
    [InlineData("--satisfice", "capability_gap_weeks >> 3", "column 23: expected a number")]
    [InlineData("--satisfice", "capability_gap_wekes > 3", "did you mean 'capability_gap_weeks'?")]
    [InlineData("--runs", "0", "--runs expects a whole number from 1")]
    [InlineData("--parallel", "two", "--parallel expects a whole number from 1")]
    public void Bad_options_are_refused_with_exit_code_2_and_a_sentence(string option, string value, string expected)
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run("compare", ReferenceScenarios.StandoffPath, option, value, "--out", temp.Path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(expected, outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_terminal_progress_is_written_as_plain_lines_on_stderr()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--runs", "20", "--strategies", "status_quo", "--out", temp.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("runs 20/20 (100 %)", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("runs/s", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_scenario_is_refused_with_every_problem_and_no_file_written()
    {
        using var temp = new TempDirectory();
        var broken = BrokenScenario.WriteTo(temp);
        var outcome = Procsim.Run("compare", broken.Path, "--out", temp.File("out"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(broken.TypoPosition, outcome.Error, StringComparison.Ordinal);
        Assert.Contains(broken.ProbabilityPosition, outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Compare_json_agrees_with_runs_csv_and_uses_the_scenarios_satisficing_criteria()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run("compare", ReferenceScenarios.StandoffPath, "--runs", "25", "--strategies", "status_quo,dual_source", "--out", temp.Path);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());

        var rows = File.ReadAllLines(temp.File("runs.csv"));
        var header = rows[0].Split(',');
        var score = Array.IndexOf(header, "score");
        using var json = JsonDocument.Parse(File.ReadAllBytes(temp.File("compare.json")));
        var root = json.RootElement;
        Assert.Equal(25, root.GetProperty("states").GetInt32());
        Assert.True(root.GetProperty("header").GetProperty("complete").GetBoolean());
        // The reference scenario's robustness.satisficing, in file order.
        Assert.Equal(["mission_capability_mean >= 0.8", "capability_gap_weeks <= 12", "total_cost <= 1.4e8"],
            root.GetProperty("header").GetProperty("satisficing").EnumerateArray().Select(e => e.GetString()!));
        foreach (var strategy in root.GetProperty("strategies").EnumerateArray())
        {
            var name = strategy.GetProperty("strategy").GetString();
            var scores = rows[1..].Select(r => r.Split(',')).Where(r => r[3] == name).Select(r => double.Parse(r[score], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(25, scores.Count);
            Assert.Equal(scores.Average(), strategy.GetProperty("metrics").GetProperty("score").GetProperty("mean").GetDouble(), precision: 9);
        }
    }
}
