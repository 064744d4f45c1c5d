using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Processes;
using ProcurementSim.Testing.Python;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Output;

/// <summary>
/// runs.csv in the analysts' own tool: the real procsim compare (its own process), then pandas in a real python3 (Debian's
/// python3-pandas, which tests/run.sh installs): the documented dtypes (docs/RUNS-FORMAT.md), and docs/examples/check_compare.py
/// recomputing compare.json from the runs.
/// </summary>
public sealed class RunsCsvPandasTests(RunsCsvPandasTests.StandoffCompare compare) : IClassFixture<RunsCsvPandasTests.StandoffCompare>
{
    private const int Runs = 60;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [PandasFact]
    public async Task The_example_script_recomputes_every_figure_of_compare_json_from_runs_csv()
    {
        using var temp = new TempDirectory();
        var result = await RunPython(temp, Repository.Path("docs", "examples", "check_compare.py"), compare.Folder);

        Assert.True(result.ExitCode == 0, result.Output);
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(compare.Folder, "compare.json")));
        var strategies = summary.RootElement.GetProperty("strategies").EnumerateArray().ToArray();
        Assert.Equal(7, strategies.Length);
        // 7 strategies x (runs, rank, P(best), max and mean regret, satisficing, Pareto + 18 outcomes x 11 statistics).
        Assert.Contains($"Compared 1435 figures (7 strategies x {Runs} runs;", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("Every figure agrees.", result.Output, StringComparison.Ordinal);
        foreach (var s in strategies)
        {
            var name = s.GetProperty("strategy").GetString()!;
            var line = result.Output.Split('\n').SingleOrDefault(l => l.StartsWith(name + ": ", StringComparison.Ordinal));
            Assert.True(line is not null, $"no line for {name} in:\n{result.Output}");
            var score = s.GetProperty("metrics").GetProperty("score");
            var capability = s.GetProperty("metrics").GetProperty("mission_capability_mean");
            Assert.Equal(Runs, (int)Printed(line, "runs"));
            Assert.Equal(s.GetProperty("rank").GetInt32(), (int)Printed(line, "rank"));
            AssertPrinted(score.GetProperty("mean").GetDouble(), line, "mean score");
            AssertPrinted(s.GetProperty("probability_best").GetDouble(), line, @"P\(best\)");
            AssertPrinted(s.GetProperty("max_regret").GetDouble(), line, "max regret");
            AssertPrinted(s.GetProperty("mean_regret").GetDouble(), line, "mean regret");
            AssertPrinted(s.GetProperty("satisficing").GetDouble(), line, "satisficing");
            Assert.Contains(s.GetProperty("pareto_efficient").GetBoolean() ? "Pareto yes" : "Pareto no", line, StringComparison.Ordinal);
            AssertTriple(score, line, "score");
            AssertTriple(capability, line, "capability");
        }
    }

    [PandasFact]
    public async Task The_example_script_exits_1_naming_each_figure_that_compare_json_does_not_share_with_the_runs()
    {
        using var temp = new TempDirectory();
        foreach (var file in (string[])["runs.csv", "compare.json"])
        {
            File.Copy(Path.Combine(compare.Folder, file), temp.File(file));
        }
        var json = JsonNode.Parse(File.ReadAllText(temp.File("compare.json")))!;
        var first = json["strategies"]![0]!;
        var name = first["strategy"]!.GetValue<string>();
        var p90 = first["metrics"]!["mission_capability_mean"]!["p90"]!;
        p90.ReplaceWith(p90.GetValue<double>() + 0.001);
        File.WriteAllText(temp.File("compare.json"), json.ToJsonString());

        var result = await RunPython(temp, Repository.Path("docs", "examples", "check_compare.py"), temp.Path);

        Assert.True(result.ExitCode == 1, result.Output);
        Assert.Contains($"{name}: mission_capability_mean.p90 is ", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 1435 figures differ.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Every figure agrees.", result.Output, StringComparison.Ordinal);
    }

    [PandasFact]
    public async Task Past_procsims_memory_budget_the_example_script_checks_the_sketched_quantiles_within_their_stated_accuracy()
    {
        using var temp = new TempDirectory();
        // 5,000 states x 7 strategies, each with its 104-week capability for the fan: more than the 2 million numbers
        // the outcome table keeps, so the summary streams (docs/MODEL.md §13).
        StandoffCompare.Run(temp.Path, 5000);
        using (var summary = JsonDocument.Parse(File.ReadAllBytes(temp.File("compare.json"))))
        {
            Assert.Contains(summary.RootElement.GetProperty("methods").EnumerateArray(), m => m.GetString()!.StartsWith("Streamed statistics", StringComparison.Ordinal));
        }

        var result = await RunPython(temp, Repository.Path("docs", "examples", "check_compare.py"), temp.Path);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Compared 1435 figures (7 strategies x 5000 runs;", result.Output, StringComparison.Ordinal);
        Assert.Contains("The summary's statistics were streamed: its quantiles were compared within 0.005 (relative)", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("Every figure agrees.", result.Output, StringComparison.Ordinal);
    }

    [PandasFact]
    public async Task Runs_csv_loads_in_pandas_with_no_hints_and_the_documented_dtypes()
    {
        using var temp = new TempDirectory();
        var script = temp.File("dtypes.py");
        File.WriteAllText(script, """
            import sys
            import pandas as pd
            runs = pd.read_csv(sys.argv[1])
            for column, dtype in runs.dtypes.items():
                print(f"{column}\t{dtype}\t{runs[column].isna().sum()}")
            """);
        var csv = Path.Combine(compare.Folder, "runs.csv");

        var result = await RunPython(temp, script, csv);

        Assert.True(result.ExitCode == 0, result.Output);
        var loaded = result.Output.Split('\n').Select(l => l.Split('\t')).ToDictionary(f => f[0], f => (DType: f[1], Missing: int.Parse(f[2], CultureInfo.InvariantCulture)));
        var lines = File.ReadAllLines(csv);
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(header, loaded.Keys);
        Assert.Equal(Runs * 7, rows.Length);
        // docs/RUNS-FORMAT.md: the identifiers are int64 and str; a value column is float64, or int64 when every field
        // of it in the file is a whole number; an empty field is NaN.
        for (var c = 0; c < header.Length; c++)
        {
            var fields = rows.Select(r => r[c]).ToArray();
            var expected = header[c] switch
            {
                "state" or "sample" or "replication" => "int64",
                "strategy" => "object",
                _ => fields.All(f => Regex.IsMatch(f, "^-?[0-9]+$")) ? "int64" : "float64",
            };
            Assert.True(expected == loaded[header[c]].DType, $"{header[c]}: pandas gives {loaded[header[c]].DType}, the documented rule {expected}");
            Assert.Equal(fields.Count(f => f.Length == 0), loaded[header[c]].Missing);
        }
        // The standoff's columns as the documentation lists them.
        Assert.Equal("float64", loaded["score"].DType);
        Assert.Equal("float64", loaded["mission_capability_mean"].DType);
        Assert.Equal("float64", loaded["b_accreditation_weeks"].DType);
        Assert.Equal("int64", loaded["b_accepts_all_lawful_uses"].DType);
        Assert.Equal("int64", loaded["capability_gap_weeks"].DType);
        Assert.Equal("int64", loaded["red_line_breaches"].DType);
        Assert.Equal(("float64", 2 * Runs), loaded["transition_weeks"]); // status_quo and negotiate_carve_out start no transition
    }

    private static async Task<ProcessResult> RunPython(TempDirectory temp, string script, string argument) =>
        await ProcessRunner.RunAsync(Pandas.RequiredPython, [script, argument], new Dictionary<string, string>(), temp.File("python-output.txt"), Timeout);

    private static double Printed(string line, string label)
    {
        var match = Regex.Match(line, $@"(?:: |, ){label} (-?[0-9.]+)");
        Assert.True(match.Success, $"no '{label}' in: {line}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    // The script prints 4 decimals: the figure of compare.json within half a unit of the last.
    private static void AssertPrinted(double expected, string line, string label) =>
        Assert.True(Math.Abs(Printed(line, label) - expected) <= 0.000051, $"{label}: compare.json has {expected}; printed: {line}");

    private static void AssertTriple(JsonElement statistics, string line, string label)
    {
        var match = Regex.Match(line, $@"{label} P10/P50/P90 (-?[0-9.]+)/(-?[0-9.]+)/(-?[0-9.]+)");
        Assert.True(match.Success, $"no '{label} P10/P50/P90' in: {line}");
        string[] keys = ["p10", "p50", "p90"];
        for (var i = 0; i < 3; i++)
        {
            var printed = double.Parse(match.Groups[i + 1].Value, CultureInfo.InvariantCulture);
            var expected = statistics.GetProperty(keys[i]).GetDouble();
            Assert.True(Math.Abs(printed - expected) <= 0.000051, $"{label} {keys[i]}: compare.json has {expected}; printed: {line}");
        }
    }

    /// <summary>The standoff compared over <see cref="Runs"/> states by the built procsim in its own process, once for the class.</summary>
    public sealed class StandoffCompare : IDisposable
    {
        private readonly TempDirectory _temp = new("procsim-pandas-");

        public StandoffCompare()
        {
            Folder = _temp.Path;
            Run(Folder, Runs);
        }

        public string Folder { get; }

        /// <summary>procsim compare of the standoff over <paramref name="runs"/> states into <paramref name="folder"/>, in its own process.</summary>
        public static void Run(string folder, int runs)
        {
            using var process = Process.Start(ProcsimProcess.StartInfo("compare", ReferenceScenarios.StandoffPath, "--runs", runs.ToString(CultureInfo.InvariantCulture), "--out", folder))!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"procsim compare did not finish within {Timeout}");
            }
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"procsim compare exited {process.ExitCode}:\n{stdout.GetAwaiter().GetResult()}\n{stderr.GetAwaiter().GetResult()}");
            }
        }

        public void Dispose() => _temp.Dispose();
    }
}
