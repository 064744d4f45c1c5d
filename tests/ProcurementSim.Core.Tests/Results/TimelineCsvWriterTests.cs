using System.Text;
using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;
using ProcurementSim.Testing.Results;

namespace ProcurementSim.Core.Tests.Results;

public class TimelineCsvWriterTests
{
    private static string[] Lines(RunResult result)
    {
        var text = Encoding.UTF8.GetString(TimelineCsvWriter.ToBytes(result));
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
        return text[..^1].Split('\n');
    }

    [Fact]
    public void Header_names_every_category_and_vendor_column_in_order()
    {
        Assert.Equal(
            "tick,mission_capability,capability_intelligence,capability_logistics,allocation_incumbent,allocation_challenger,"
            + "served_intelligence,served_logistics,spend,cumulative_cost,policy_conflicts,red_line_breaches,gap_depth,shortfall,"
            + "prohibited_use,prohibited_use_incidents,incumbent_trust,reputational_risk,events",
            Lines(SampleRun.Build())[0]);
    }

    [Fact]
    public void There_is_one_row_per_tick()
    {
        Assert.Equal(1 + 3, Lines(SampleRun.Build()).Length);
    }

    [Fact]
    public void A_row_holds_the_tick_values_and_its_key_events_quoted()
    {
        // Tick 1 worked by hand from SampleRun: the detail has a comma and quotes, so it is quoted and its quotes doubled;
        // the ordinary (non-key) event of the same tick is left out.
        const string expected =
            "1,0.725,0.7,0.75,0.6,0.4,7,4.5,250.5,350.5,1.5,1,0.025,3.5,1.5,1,0.55,0.35,"
            + "\"Agency terminates the incumbent, citing \"\"supply-chain risk\"\", with 30 days' notice\"";

        Assert.Equal(expected, Lines(SampleRun.Build())[2]);
    }

    [Fact]
    public void Numbers_round_trip_and_a_tick_without_key_events_ends_with_an_empty_field()
    {
        Assert.Equal(
            "0,0.9,0.95,0.8,1,0,10,5,100,100,0,0,0,0,0,0,0.8,0.1,",
            Lines(SampleRun.Build())[1]);
        Assert.Equal(
            "2,0.30000000000000004,0.3333333333333333,0.25,0,1,3.3333333333333335,2,1E-07,350.5000001,0,0,0,0,0,0,0.25,0.55,"
            + SampleRun.GapDetail,
            Lines(SampleRun.Build())[3]);
    }

    [Fact]
    public void Several_key_events_in_a_tick_are_joined_with_semicolons()
    {
        var run = SampleRun.Build();
        var twoKeys = run with { Events = [.. run.Events, new SimEvent(2, "inject", "orchestrator", "", "Budget cut\nannounced", true)] };

        var text = Encoding.UTF8.GetString(TimelineCsvWriter.ToBytes(twoKeys));

        // The newline in the second detail forces quoting; the record still parses as one row in RFC 4180.
        Assert.EndsWith(",\"" + SampleRun.GapDetail + "; Budget cut\nannounced\"\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Category_names_that_need_quoting_are_quoted_in_the_header()
    {
        var run = SampleRun.Build() with { Categories = ["intel, surveillance", "logistics"] };

        Assert.StartsWith("tick,mission_capability,\"capability_intel, surveillance\",capability_logistics,", Lines(run)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_run_gives_the_same_bytes()
    {
        Assert.Equal(TimelineCsvWriter.ToBytes(SampleRun.Build()), TimelineCsvWriter.ToBytes(SampleRun.Build()));
    }

    [Fact]
    public void A_nan_is_a_bug_and_throws()
    {
        var run = SampleRun.Build();
        var broken = run with { Timeline = [run.Timeline[0] with { Spend = double.NaN }] };

        var ex = Assert.Throws<InvalidOperationException>(() => TimelineCsvWriter.ToBytes(broken));
        Assert.Contains("spend", ex.Message, StringComparison.Ordinal);
    }
}
