using System.Globalization;
using System.Text.Json;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Testing.Files;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Commands;

/// <summary>The sweep report's parallel coordinates of sampled runs, read against runs.csv.</summary>
public sealed class SweepParallelCoordinatesTests
{
    private static readonly string[] Sweep =
    [
        "sweep", ReferenceScenarios.StandoffPath, "--design", "lhs", "--samples", "12", "--replications", "2",
        "--strategies", "structured_replacement,status_quo", "--fail", "capability_gap_weeks > 8",
    ];

    [Fact]
    public void The_report_draws_every_state_with_the_values_runs_csv_holds_and_the_same_bytes_at_any_parallelism()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Procsim.Run([.. Sweep, "--parallel", "1", "--out", temp.File("one")]).ExitCode);
        Assert.Equal(0, Procsim.Run([.. Sweep, "--parallel", "2", "--out", temp.File("two")]).ExitCode);
        Assert.Equal(File.ReadAllBytes(temp.File("one/report.html")), File.ReadAllBytes(temp.File("two/report.html")));
        Assert.DoesNotContain("parcoords", File.ReadAllText(temp.File("one/sweep.json")), StringComparison.Ordinal);

        var traces = Traces(File.ReadAllText(temp.File("one/report.html")));
        Assert.Equal(["status_quo", "structured_replacement"], traces.Select(t => t.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var lines = File.ReadAllLines(temp.File("one/runs.csv"));
        var header = lines[0].Split(',');
        var inputs = header[4..Array.IndexOf(header, "score")];
        foreach (var trace in traces)
        {
            var strategy = trace.GetProperty("name").GetString()!;
            var dimensions = trace.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("label").GetString()!, d => d);
            // The strategy's own inputs (uncertainties and its levers, as runs.csv names them), four outcomes and fail.
            string[] expected = [.. inputs.Where(i => !i.Contains('.', StringComparison.Ordinal) || i.StartsWith(strategy + ".", StringComparison.Ordinal)),
                "score", "mission_capability_mean", "total_cost", "capability_gap_weeks", "fail"];
            Assert.Equal(expected, dimensions.Keys);
            Assert.All(dimensions.Values, d => Assert.Equal(24, d.GetProperty("values").GetArrayLength()));

            // State 17's row of this strategy, value by value.
            var row = lines[1..].Select(l => l.Split(',')).Single(r => r[0] == "17" && r[3] == strategy);
            foreach (var name in expected[..^1])
            {
                // The report draws four significant digits.
                var value = double.Parse(row[Array.IndexOf(header, name)], CultureInfo.InvariantCulture);
                Assert.Equal(value, dimensions[name].GetProperty("values")[17].GetDouble(), 5e-4 * Math.Abs(value));
            }

            var gap = double.Parse(row[Array.IndexOf(header, "capability_gap_weeks")], CultureInfo.InvariantCulture);
            Assert.Equal(gap > 8 ? 1.0 : 0.0, dimensions["fail"].GetProperty("values")[17].GetDouble());
        }
    }

    private static JsonElement[] Traces(string html)
    {
        const string prefix = "Plotly.newPlot(\"exp-parcoords\", ";
        var line = html.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return [.. JsonDocument.Parse(line[prefix.Length..^2]).RootElement.GetProperty("data").EnumerateArray().Select(e => e.Clone())];
    }
}
