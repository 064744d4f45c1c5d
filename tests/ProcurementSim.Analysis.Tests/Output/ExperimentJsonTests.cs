using System.Text.Json;
using ProcurementSim.Analysis.Output;
using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Tests.Output;

public class ExperimentJsonTests
{
    private static ExperimentSummary Sweep(int states = 40)
    {
        var table = new OutcomeTable(["alpha", "bravo"], [Tables.Uncertainty("x"), Tables.Lever("bravo_share", "bravo")], keepCapability: true);
        for (var s = 0; s < states; s++)
        {
            var x = (s + 0.5) / states;
            table.Add(0, [x, 0.5], 100 * x, Tables.Metrics(x, 1000), [x, x]);
            table.Add(1, [x, 0.5], 60, Tables.Metrics(0.6, 800), [0.6, 0.6]);
        }

        var header = new ExperimentHeader("sweep", "test", "lhs", states, 1, 18_446_744_073_709_551_615UL, table.Strategies, table.Inputs,
            ["score >= 50"], "score < 30", true);
        return ExperimentAnalysis.Summarize(table, header, Tables.Options("score >= 50", "score < 30", discovery: true));
    }

    [Fact]
    public void The_same_summary_gives_the_same_bytes()
    {
        Assert.Equal(ExperimentJson.ToBytes(Sweep()), ExperimentJson.ToBytes(Sweep()));
    }

    [Fact]
    public void The_file_reads_back_with_its_format_header_and_statistics()
    {
        var summary = Sweep();
        using var doc = JsonDocument.Parse(ExperimentJson.ToBytes(summary));
        var root = doc.RootElement;

        Assert.Equal("procsim.experiment/1", root.GetProperty("format").GetString());
        Assert.Equal(ulong.MaxValue, root.GetProperty("header").GetProperty("seed").GetUInt64());
        Assert.Equal("score < 30", root.GetProperty("header").GetProperty("fail").GetString());
        Assert.Equal(40, root.GetProperty("states").GetInt32());
        var alpha = root.GetProperty("strategies")[0];
        Assert.Equal("alpha", alpha.GetProperty("strategy").GetString());
        // Metrics are keyed by name in outcome order, score first.
        Assert.Equal(OutcomeTable.Outcomes, alpha.GetProperty("metrics").EnumerateObject().Select(p => p.Name));
        // Round trip: the double written is exactly the one computed.
        Assert.Equal(summary.Strategies[0].Metrics[0].P90, alpha.GetProperty("metrics").GetProperty("score").GetProperty("p90").GetDouble());
        Assert.Equal(summary.Strategies[1].ScoreMeanInterval.Low, root.GetProperty("strategies")[1].GetProperty("score_mean_interval").GetProperty("low").GetDouble());
        Assert.Equal(summary.ParetoFront, root.GetProperty("pareto_front").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(summary.Methods.Count, root.GetProperty("methods").GetArrayLength());
        Assert.Equal(2, root.GetProperty("fan")[0].GetProperty("p50").GetArrayLength());
        Assert.Equal("x", root.GetProperty("discovery")[0].GetProperty("box").GetProperty("limits")[0].GetProperty("input").GetString());
        Assert.False(root.TryGetProperty("scatter", out _)); // the report's, not the file's
    }

    [Fact]
    public void Discovery_writes_the_box_statistics_the_tree_and_the_importance_marks()
    {
        // alpha fails when 100·x < 30, x = (s + ½)/40: the states up to x = 0.2875; the next is 0.3125.
        using var doc = JsonDocument.Parse(ExperimentJson.ToBytes(Sweep()));
        var root = doc.RootElement;

        var prim = root.GetProperty("discovery")[0];
        var x = prim.GetProperty("box").GetProperty("limits")[0];
        Assert.Equal(JsonValueKind.Null, x.GetProperty("quasi_p_low").ValueKind);         // the lower limit is not cut
        Assert.True(x.GetProperty("quasi_p_high").GetDouble() < 1e-6);                     // 12 of 12 against 12 of 40
        // The box covers every case, so in each half the box nearest in coverage is the first of equals, the whole space
        // (as in the workbench): 0; the box nearest in density, the pure one, restricts x every time.
        Assert.Equal(0.0, x.GetProperty("reproduce_coverage").GetDouble());
        Assert.Equal(1.0, x.GetProperty("reproduce_density").GetDouble());
        Assert.Equal("peel", prim.GetProperty("trajectory")[1].GetProperty("phase").GetString());
        var cart = root.GetProperty("cart")[0];
        Assert.Equal(2, cart.GetProperty("leaves").GetInt32());
        var leaf = cart.GetProperty("boxes")[0];
        Assert.Equal(1.0, leaf.GetProperty("density").GetDouble());
        Assert.Equal(JsonValueKind.Null, leaf.GetProperty("limits")[0].GetProperty("low").ValueKind);
        Assert.Equal(0.3, leaf.GetProperty("limits")[0].GetProperty("high").GetDouble(), 12);
        var importance = root.GetProperty("importance")[0].GetProperty("inputs")[0];
        Assert.False(importance.GetProperty("indistinguishable").GetBoolean());
        Assert.True(importance.GetProperty("p_value").GetDouble() < 0.01);
    }

    [Fact]
    public void A_summary_without_discovery_has_no_tree()
    {
        var table = new OutcomeTable(["alpha"], [Tables.Uncertainty("x")], keepCapability: false);
        table.Add(0, [0.5], 50, Tables.Metrics(), null);
        var summary = ExperimentAnalysis.Summarize(table, Tables.Header(table), Tables.Options());

        using var doc = JsonDocument.Parse(ExperimentJson.ToBytes(summary));

        Assert.False(doc.RootElement.TryGetProperty("cart", out _)); // compare.json keeps its bytes
    }

    [Fact]
    public void Undefined_numbers_are_written_as_null()
    {
        // One state: no confidence interval. The never-failing bravo has no box.
        using var doc = JsonDocument.Parse(ExperimentJson.ToBytes(Sweep(states: 1)));
        var root = doc.RootElement;

        Assert.Equal(JsonValueKind.Null, root.GetProperty("strategies")[0].GetProperty("score_mean_interval").GetProperty("low").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("discovery")[1].GetProperty("box").ValueKind);
    }

    [Fact]
    public void Conditions_are_written_unescaped()
    {
        var text = System.Text.Encoding.UTF8.GetString(ExperimentJson.ToBytes(Sweep()));

        Assert.Contains("\"fail\": \"score < 30\"", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }
}
