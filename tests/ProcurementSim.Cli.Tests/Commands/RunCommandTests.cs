using System.Globalization;
using System.Text.Json;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

public sealed class RunCommandTests
{
    [Fact]
    public void A_run_writes_result_json_timeline_csv_and_report_html_into_the_out_directory()
    {
        using var temp = new TempDirectory();
        var dir = temp.File("out");

        var outcome = Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--out", dir);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        foreach (var name in (string[])["result.json", "timeline.csv", "report.html"])
        {
            var path = Path.Combine(dir, name);
            Assert.True(File.Exists(path), path);
            Assert.True(new FileInfo(path).Length > 0, path);
            Assert.Contains(path, outcome.Output, StringComparison.Ordinal);
        }

        Assert.Empty(outcome.Error);
    }

    [Fact]
    public void The_result_json_names_the_scenario_the_default_strategy_the_default_seed_and_the_score()
    {
        using var temp = new TempDirectory();

        Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--out", temp.Path);

        using var json = JsonDocument.Parse(File.ReadAllBytes(temp.File("result.json")));
        var root = json.RootElement;
        Assert.Equal("teaching-minimal", root.GetProperty("scenario").GetString());
        // Defaults: the first strategy listed in the file, and the file's seed (1).
        Assert.Equal("status_quo", root.GetProperty("strategy").GetString());
        Assert.Equal(1UL, root.GetProperty("seed").GetUInt64());
        var score = root.GetProperty("score").GetDouble();
        Assert.InRange(score, 0, 100);
    }

    [Fact]
    public void Strategy_and_seed_options_choose_what_is_played()
    {
        using var temp = new TempDirectory();

        var outcome = Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--strategy", "structured_replacement", "--seed", "42", "--out", temp.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        using var json = JsonDocument.Parse(File.ReadAllBytes(temp.File("result.json")));
        Assert.Equal("structured_replacement", json.RootElement.GetProperty("strategy").GetString());
        Assert.Equal(42UL, json.RootElement.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void Two_runs_with_the_same_arguments_write_byte_identical_result_json_and_timeline_csv()
    {
        using var temp = new TempDirectory();
        var first = temp.File("first");
        var second = temp.File("second");

        Assert.Equal(0, Procsim.Run("run", ReferenceScenarios.StandoffPath, "--strategy", "structured_replacement", "--out", first).ExitCode);
        Assert.Equal(0, Procsim.Run("run", ReferenceScenarios.StandoffPath, "--strategy", "structured_replacement", "--out", second).ExitCode);

        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "result.json")), File.ReadAllBytes(Path.Combine(second, "result.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "timeline.csv")), File.ReadAllBytes(Path.Combine(second, "timeline.csv")));
    }

    [Fact]
    public void A_different_seed_on_the_reference_scenario_gives_a_different_result()
    {
        // The reference scenario has random injects and incidents, so the seed must change the outcome.
        using var temp = new TempDirectory();
        var a = temp.File("a");
        var b = temp.File("b");

        Assert.Equal(0, Procsim.Run("run", ReferenceScenarios.StandoffPath, "--seed", "1", "--out", a).ExitCode);
        Assert.Equal(0, Procsim.Run("run", ReferenceScenarios.StandoffPath, "--seed", "2", "--out", b).ExitCode);

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, "result.json")), File.ReadAllBytes(Path.Combine(b, "result.json")));
    }

    [Fact]
    public void The_summary_shows_the_composite_score_with_one_decimal_equal_to_the_result_score_rounded()
    {
        using var temp = new TempDirectory();

        var outcome = Procsim.Run("run", ReferenceScenarios.StandoffPath, "--strategy", "structured_replacement", "--out", temp.Path);

        using var json = JsonDocument.Parse(File.ReadAllBytes(temp.File("result.json")));
        var score = json.RootElement.GetProperty("score").GetDouble();
        var expected = Math.Round(score, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
        Assert.Contains($"Composite score: {expected} / 100", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_has_a_header_the_metrics_the_breakdown_and_the_key_events()
    {
        using var temp = new TempDirectory();

        var outcome = Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--strategy", "structured_replacement", "--out", temp.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var text = outcome.Output;
        Assert.StartsWith("teaching-minimal · strategy structured_replacement · seed 1 · 12 weeks", text, StringComparison.Ordinal);
        Assert.Contains("Mean mission capability", text, StringComparison.Ordinal);
        Assert.Contains("contract spend", text, StringComparison.Ordinal);
        Assert.Contains("│ Utility │ Delivery │ Weight │ Points │", text, StringComparison.Ordinal);
        Assert.Contains("Key events (", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 80, line));
    }

    [Fact]
    public void An_unknown_strategy_close_to_a_real_one_gives_exit_code_2_and_a_suggestion()
    {
        var outcome = Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--strategy", "structured_replacment");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            $"{ReferenceScenarios.TeachingMinimalPath}: no strategy named 'structured_replacment'; did you mean 'structured_replacement'?",
            outcome.ErrorLines.Single());
        Assert.Empty(outcome.Output);
    }

    [Fact]
    public void An_unknown_strategy_like_no_other_gives_exit_code_2_and_the_list_of_names()
    {
        var outcome = Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--strategy", "xyz");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            $"{ReferenceScenarios.TeachingMinimalPath}: no strategy named 'xyz'; the scenario's strategies are status_quo, structured_replacement.",
            outcome.ErrorLines.Single());
    }

    [Fact]
    public void A_missing_scenario_file_gives_exit_code_2_and_a_sentence_naming_it()
    {
        using var temp = new TempDirectory();
        var missing = temp.File("missing.yaml");

        var outcome = Procsim.Run("run", missing, "--out", temp.File("out"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith(missing, StringComparison.Ordinal) && l.Contains("does not exist", StringComparison.Ordinal));
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void An_invalid_scenario_gives_exit_code_2_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var broken = BrokenScenario.WriteTo(temp);

        var outcome = Procsim.Run("run", broken.Path, "--out", temp.File("out"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(broken.ProbabilityPosition, outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("18446744073709551616")]
    public void A_seed_that_is_not_a_non_negative_64_bit_integer_is_a_parse_error_with_exit_code_2(string seed)
    {
        using var temp = new TempDirectory();

        var outcome = Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--seed", seed, "--out", temp.File("out"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"--seed expects a whole number from 0 to 18446744073709551615; '{seed}' is not one.", outcome.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void The_largest_seed_is_accepted()
    {
        using var temp = new TempDirectory();

        var outcome = Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--seed", "18446744073709551615", "--out", temp.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("seed 18446744073709551615", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_out_path_that_cannot_be_a_directory_gives_exit_code_2_and_a_sentence_naming_it()
    {
        using var temp = new TempDirectory();
        var file = temp.File("a-file");
        File.WriteAllText(file, "not a directory");
        var dir = Path.Combine(file, "out");

        var outcome = Procsim.Run("run", ReferenceScenarios.TeachingMinimalPath, "--out", dir);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith($"procsim: cannot create the output directory '{dir}'", outcome.Error, StringComparison.Ordinal);
    }
}
