using System.Text;
using System.Text.Json;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Results;
using ProcurementSim.Testing.Results;

namespace ProcurementSim.Core.Tests.Results;

public class ResultJsonWriterTests
{
    private static JsonElement Parse(RunResult result) =>
        JsonDocument.Parse(ResultJsonWriter.ToBytes(result)).RootElement.Clone();

    private static string[] Keys(JsonElement obj) => [.. obj.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Top_level_keys_follow_the_contract_order()
    {
        var root = Parse(SampleRun.Build());

        Assert.Equal(
            ["format", "scenario", "strategy", "seed", "score", "score_breakdown", "metrics", "categories", "vendors", "timeline", "events"],
            Keys(root));
        Assert.Equal("procsim.result/2", root.GetProperty("format").GetString());
        Assert.Equal("Sample transition", root.GetProperty("scenario").GetString());
        Assert.Equal("phased", root.GetProperty("strategy").GetString());
    }

    [Fact]
    public void Metrics_hold_the_scored_metrics_in_canonical_order_then_transition_cost_breakdown_and_shortfall_by_category()
    {
        var metrics = Parse(SampleRun.Build()).GetProperty("metrics");

        Assert.Equal([.. MetricNames.All, "transition_completed", "cost_breakdown", "shortfall_by_category"], Keys(metrics));
        Assert.Equal(JsonValueKind.Null, metrics.GetProperty(MetricNames.ShortfallCost).ValueKind); // the sample prices no shortfall
        Assert.Equal(JsonValueKind.Null, metrics.GetProperty(MetricNames.EconomicCost).ValueKind);
        Assert.Equal("2", metrics.GetProperty(MetricNames.ProhibitedUseIncidents).GetRawText()); // a count: an integer
        Assert.Equal(["intelligence", "logistics"], Keys(metrics.GetProperty("shortfall_by_category")));
        Assert.Equal(JsonValueKind.True, metrics.GetProperty("transition_completed").ValueKind);
        Assert.Equal(
            ["contract_spend", "switching_cost", "termination_fees", "parallel_run_spend"],
            Keys(metrics.GetProperty("cost_breakdown")));
    }

    [Fact]
    public void Breakdown_timeline_and_event_entries_have_the_contract_fields_in_order()
    {
        var root = Parse(SampleRun.Build());

        foreach (var line in root.GetProperty("score_breakdown").EnumerateArray())
        {
            Assert.Equal(["metric", "value", "utility", "delivery_factor", "weight", "points"], Keys(line));
        }

        var ticks = root.GetProperty("timeline").EnumerateArray().ToArray();
        Assert.Equal(3, ticks.Length);
        foreach (var tick in ticks)
        {
            Assert.Equal(
                ["tick", "mission_capability", "capability", "allocation", "served", "spend", "cumulative_cost",
                 "policy_conflicts", "red_line_breaches", "gap_depth", "shortfall", "prohibited_use", "prohibited_use_incidents",
                 "incumbent_trust", "reputational_risk"],
                Keys(tick));
            Assert.Equal(["intelligence", "logistics"], Keys(tick.GetProperty("capability")));
            Assert.Equal(["incumbent", "challenger"], Keys(tick.GetProperty("allocation")));
            Assert.Equal(["intelligence", "logistics"], Keys(tick.GetProperty("served")));
        }

        var events = root.GetProperty("events").EnumerateArray().ToArray();
        Assert.Equal(3, events.Length);
        Assert.All(events, e => Assert.Equal(["tick", "kind", "actor", "subject", "detail", "key"], Keys(e)));
        Assert.Equal(SampleRun.TerminationDetail, events[0].GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.False, events[1].GetProperty("key").ValueKind);
        Assert.Equal(["intelligence", "logistics"], root.GetProperty("categories").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["incumbent", "challenger"], root.GetProperty("vendors").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Doubles_parse_back_to_the_same_bits()
    {
        var run = SampleRun.Build();
        var root = Parse(run);

        AssertSameBits(run.Score, root.GetProperty("score"));
        AssertSameBits(run.Metrics.MissionCapabilityMin, root.GetProperty("metrics").GetProperty("mission_capability_min"));
        AssertSameBits(run.Metrics.ReputationalRisk, root.GetProperty("metrics").GetProperty("reputational_risk"));
        AssertSameBits(run.Metrics.Cost.ContractSpend, root.GetProperty("metrics").GetProperty("cost_breakdown").GetProperty("contract_spend"));
        var breakdown = root.GetProperty("score_breakdown").EnumerateArray().ToArray();
        for (var i = 0; i < run.Breakdown.Count; i++)
        {
            AssertSameBitsOrNull(run.Breakdown[i].Value, breakdown[i].GetProperty("value"));
            AssertSameBitsOrNull(run.Breakdown[i].Utility, breakdown[i].GetProperty("utility"));
            AssertSameBits(run.Breakdown[i].DeliveryFactor, breakdown[i].GetProperty("delivery_factor"));
            AssertSameBits(run.Breakdown[i].Weight, breakdown[i].GetProperty("weight"));
            AssertSameBits(run.Breakdown[i].Points, breakdown[i].GetProperty("points"));
        }

        var ticks = root.GetProperty("timeline").EnumerateArray().ToArray();
        for (var t = 0; t < run.Timeline.Count; t++)
        {
            var expected = run.Timeline[t];
            var actual = ticks[t];
            AssertSameBits(expected.MissionCapability, actual.GetProperty("mission_capability"));
            for (var c = 0; c < run.Categories.Count; c++)
            {
                AssertSameBits(expected.CapabilityByCategory[c], actual.GetProperty("capability").GetProperty(run.Categories[c]));
                AssertSameBits(expected.ServedByCategory[c], actual.GetProperty("served").GetProperty(run.Categories[c]));
            }

            for (var v = 0; v < run.Vendors.Count; v++)
            {
                AssertSameBits(expected.AllocationByVendor[v], actual.GetProperty("allocation").GetProperty(run.Vendors[v]));
            }

            AssertSameBits(expected.Spend, actual.GetProperty("spend"));
            AssertSameBits(expected.CumulativeCost, actual.GetProperty("cumulative_cost"));
            AssertSameBits(expected.PolicyConflicts, actual.GetProperty("policy_conflicts"));
            AssertSameBits(expected.IncumbentTrust, actual.GetProperty("incumbent_trust"));
            AssertSameBits(expected.ReputationalRisk, actual.GetProperty("reputational_risk"));
        }
    }

    [Fact]
    public void Numbers_are_written_in_shortest_invariant_form()
    {
        var text = Encoding.UTF8.GetString(ResultJsonWriter.ToBytes(SampleRun.Build()));

        // 0.1 + 0.2 needs 17 digits; 0.9 needs one: the shortest form that round-trips, with a dot, never a comma.
        Assert.Contains("\"mission_capability_min\": 0.30000000000000004,", text, StringComparison.Ordinal);
        Assert.Contains("\"mission_capability\": 0.9,", text, StringComparison.Ordinal);
        Assert.Contains("\"contract_spend\": 300.5000001,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_and_the_seed_are_json_integers()
    {
        var run = SampleRun.Build();
        var root = Parse(run);
        var metrics = root.GetProperty("metrics");

        Assert.Equal(run.Seed, root.GetProperty("seed").GetUInt64());
        Assert.Equal("18446744073709551557", root.GetProperty("seed").GetRawText());
        Assert.Equal("2", metrics.GetProperty("capability_gap_weeks").GetRawText());
        Assert.Equal("2", metrics.GetProperty("transition_weeks").GetRawText());
        Assert.Equal("1", metrics.GetProperty("red_line_breaches").GetRawText());
        var tick1 = root.GetProperty("timeline")[1];
        Assert.Equal("1", tick1.GetProperty("tick").GetRawText());
        Assert.Equal("1", tick1.GetProperty("red_line_breaches").GetRawText());
        Assert.Equal("2", root.GetProperty("events")[2].GetProperty("tick").GetRawText());
    }

    [Fact]
    public void Output_is_indented_with_lf_line_ends_and_a_trailing_newline()
    {
        var text = Encoding.UTF8.GetString(ResultJsonWriter.ToBytes(SampleRun.Build()));

        Assert.StartsWith("{\n  \"format\": \"procsim.result/2\",\n  \"scenario\": ", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void The_same_run_gives_the_same_bytes()
    {
        // Two results built separately, so that no cached array or string can make them equal by accident.
        Assert.Equal(ResultJsonWriter.ToBytes(SampleRun.Build()), ResultJsonWriter.ToBytes(SampleRun.Build()));
    }

    [Fact]
    public void A_nan_anywhere_is_a_bug_and_throws()
    {
        var run = SampleRun.Build();
        var nanScore = run with { Score = double.NaN };
        var infiniteTick = run with
        {
            Timeline = [run.Timeline[0] with { CapabilityByCategory = [0.5, double.PositiveInfinity] }],
        };

        var ex = Assert.Throws<InvalidOperationException>(() => ResultJsonWriter.ToBytes(nanScore));
        Assert.Contains("score", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<InvalidOperationException>(() => ResultJsonWriter.ToBytes(infiniteTick));
        Assert.Contains("logistics", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tick_array_of_the_wrong_length_throws()
    {
        var run = SampleRun.Build();
        var broken = run with { Timeline = [run.Timeline[0] with { AllocationByVendor = [1] }] };

        Assert.Throws<InvalidOperationException>(() => ResultJsonWriter.ToBytes(broken));
    }

    private static void AssertSameBits(double expected, JsonElement actual) =>
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual.GetDouble()));

    private static void AssertSameBitsOrNull(double? expected, JsonElement actual)
    {
        if (expected is { } value) AssertSameBits(value, actual);
        else Assert.Equal(JsonValueKind.Null, actual.ValueKind);
    }
}
