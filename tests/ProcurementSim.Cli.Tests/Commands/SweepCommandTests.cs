using Parquet;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

public sealed class SweepCommandTests
{
    [Fact]
    public void A_sweep_writes_sweep_json_and_runs_csv_with_the_sampled_inputs_as_columns()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run("sweep", ReferenceScenarios.StandoffPath, "--design", "lhs", "--samples", "16", "--strategies", "structured_replacement,status_quo",
            "--fail", "capability_gap_weeks > 8", "--out", temp.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.True(File.Exists(temp.File("sweep.json")));
        var lines = File.ReadAllLines(temp.File("runs.csv"));
        Assert.Equal(1 + 16 * 2, lines.Length);
        var header = lines[0].Split(',');
        // Every uncertainty of the scenario and the levers of the strategies played are columns between strategy and score.
        var inputs = header[4..Array.IndexOf(header, "score")];
        Assert.NotEmpty(inputs);
        Assert.All(lines[1..], line => Assert.Equal(header.Length, line.Split(',').Length));
    }

    [Fact]
    public void A_sweep_with_a_fail_condition_prints_the_boxes_statistics_the_tree_and_the_inputs_indistinguishable_from_zero()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run(new CliEnvironment(Columns: 400, NoColor: true, Debug: false),
            "sweep", ReferenceScenarios.StandoffPath, "--samples", "2000", "--seed", "11", "--strategies", "structured_replacement",
            "--fail", "capability_gap_weeks > 12", "--out", temp.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        // Every restricted limit carries its quasi-p-value and reproducibility; the tree's densest leaf follows the box.
        var box = Assert.Single(outcome.Output.Split('\n'), l => l.StartsWith("  PRIM box:", StringComparison.Ordinal));
        Assert.Matches(@"in \[[^\]]+\] \(q [^,]+, r \d+%\)", box);
        Assert.Contains(outcome.Output.Split('\n'), l => l.StartsWith("  CART (", StringComparison.Ordinal));
        // 2,000 runs cannot tell most of the 11 inputs' indices from 0: the rankings say how many instead of ranking them.
        Assert.Contains(outcome.Output.Split('\n'), l => l.StartsWith("Most influential inputs on fail", StringComparison.Ordinal)
            && l.Contains("indistinguishable from 0.", StringComparison.Ordinal));
        var json = File.ReadAllText(temp.File("sweep.json"));
        Assert.Contains("\"cart\":", json, StringComparison.Ordinal);
        Assert.Contains("\"quasi_p_low\":", json, StringComparison.Ordinal);
        Assert.Contains("\"indistinguishable\":true", json.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lever_column_is_empty_in_the_rows_of_strategies_it_does_not_belong_to()
    {
        using var temp = new TempDirectory();
        Procsim.Run("sweep", ReferenceScenarios.StandoffPath, "--samples", "4", "--strategies", "structured_replacement,status_quo", "--out", temp.Path);
        var lines = File.ReadAllLines(temp.File("runs.csv"));
        var header = lines[0].Split(',');
        var lever = Array.FindIndex(header, h => h.StartsWith("structured_replacement.", StringComparison.Ordinal));
        Assert.True(lever > 0, "the reference scenario has levers of structured_replacement: " + lines[0]);
        foreach (var row in lines[1..].Select(l => l.Split(',')))
        {
            Assert.Equal(row[3] == "structured_replacement", row[lever].Length > 0);
        }
    }

    [Fact]
    public void Lhs_and_mc_sample_differently_and_each_is_reproducible()
    {
        using var lhs1 = new TempDirectory();
        using var lhs2 = new TempDirectory();
        using var mc = new TempDirectory();
        Procsim.Run("sweep", ReferenceScenarios.StandoffPath, "--design", "lhs", "--samples", "8", "--strategies", "status_quo", "--parallel", "1", "--out", lhs1.Path);
        Procsim.Run("sweep", ReferenceScenarios.StandoffPath, "--design", "lhs", "--samples", "8", "--strategies", "status_quo", "--parallel", "2", "--out", lhs2.Path);
        Procsim.Run("sweep", ReferenceScenarios.StandoffPath, "--design", "mc", "--samples", "8", "--strategies", "status_quo", "--out", mc.Path);
        Assert.Equal(File.ReadAllBytes(lhs1.File("runs.csv")), File.ReadAllBytes(lhs2.File("runs.csv")));
        Assert.Equal(File.ReadAllBytes(lhs1.File("sweep.json")), File.ReadAllBytes(lhs2.File("sweep.json")));
        Assert.NotEqual(File.ReadAllText(lhs1.File("runs.csv")), File.ReadAllText(mc.File("runs.csv")));
    }

    [Fact]
    public async Task Parquet_output_holds_the_same_rows_as_runs_csv()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run("sweep", ReferenceScenarios.StandoffPath, "--samples", "6", "--strategies", "structured_replacement,status_quo", "--parquet", "--out", temp.Path);
        Assert.True(outcome.ExitCode == 0, outcome.ToString());

        var csv = File.ReadAllLines(temp.File("runs.csv"));
        var header = csv[0].Split(',');
        await using var stream = File.OpenRead(temp.File("runs.parquet"));
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.DataFields;
        Assert.Equal(header, fields.Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(csv.Length - 1, group.RowCount);
        var score = Array.IndexOf(header, "score");
        var scores = new double[group.RowCount];
        await group.ReadAsync<double>(fields[score], scores);
        Assert.Equal(csv[1..].Select(l => double.Parse(l.Split(',')[score], System.Globalization.CultureInfo.InvariantCulture)), scores);
        // A metric that does not apply (the status quo has no transition) is null in the file, empty in runs.csv.
        var transition = Array.IndexOf(header, "transition_weeks");
        var weeks = new double?[group.RowCount];
        await group.ReadAsync<double>(fields[transition], weeks);
        Assert.Equal(csv[1..].Select(l => l.Split(',')[transition] is { Length: > 0 } w ? double.Parse(w, System.Globalization.CultureInfo.InvariantCulture) : (double?)null), weeks);
        Assert.Contains(weeks, w => w is null);
    }

    [Fact]
    public void A_factorial_design_with_too_many_points_is_refused_with_a_sentence()
    {
        using var temp = new TempDirectory();
        var outcome = Procsim.Run("sweep", ReferenceScenarios.StandoffPath, "--design", "factorial", "--samples", "50", "--out", temp.Path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("factorial design", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("--design lhs", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_design_or_fail_condition_is_refused_with_exit_code_2()
    {
        using var temp = new TempDirectory();
        var design = Procsim.Run("sweep", ReferenceScenarios.StandoffPath, "--design", "sobel", "--out", temp.Path);
        var fail = Procsim.Run("sweep", ReferenceScenarios.StandoffPath, "--fail", "capability_gap_weeks > ", "--out", temp.Path);

        Assert.Equal(2, design.ExitCode);
        Assert.Contains("--design expects lhs, mc, factorial or sobol; 'sobel' is not one.", design.Error, StringComparison.Ordinal);
        Assert.Equal(2, fail.ExitCode);
        Assert.Contains("--fail \"capability_gap_weeks > \": column", fail.Error, StringComparison.Ordinal);
        Assert.Contains("a number", fail.Error, StringComparison.Ordinal);
    }
}
