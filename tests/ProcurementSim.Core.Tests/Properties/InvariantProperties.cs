using FsCheck;
using FsCheck.Fluent;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Tests.Properties;

/// <summary>Invariants the model must hold for any scenario, strategy and seed (FsCheck prints a replay seed on failure).</summary>
public class InvariantProperties
{
    private const double Eps = 1e-9;

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Served_work_never_exceeds_demand_in_any_category_and_week() =>
        Prop.ForAll(ScenarioVariants.Arbitrary(), v =>
        {
            var r = Simulator.Run(v.Scenario, v.Strategy, v.Seed);
            return r.Timeline.All(t => t.ServedByCategory.Select((served, c) => served <= v.Scenario.Categories[c].Demand + Eps).All(ok => ok));
        });

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Allocation_shares_lie_in_the_unit_interval_and_sum_to_at_most_one() =>
        Prop.ForAll(ScenarioVariants.Arbitrary(), v =>
        {
            var r = Simulator.Run(v.Scenario, v.Strategy, v.Seed);
            return r.Timeline.All(t => t.AllocationByVendor.All(a => a >= 0 && a <= 1 + Eps) && t.AllocationByVendor.Sum() <= 1 + Eps)
                && r.Timeline.All(t => t.CapabilityByCategory.All(c => c >= 0 && c <= 1 + Eps) && t.MissionCapability <= 1 + Eps);
        });

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property A_vendor_never_serves_a_category_its_policy_prohibits() =>
        Prop.ForAll(ScenarioVariants.Arbitrary(), v =>
        {
            var engine = new RunEngine(v.Scenario, v.Strategy, v.Seed, RunOptions.Default);
            while (engine.Tick < v.Scenario.Ticks)
            {
                engine.Step();
                foreach (var vendor in engine.Vendors)
                {
                    for (var c = 0; c < v.Scenario.Categories.Count; c++)
                    {
                        if (vendor.Stances[c] == PolicyStance.Prohibited && vendor.Report.Served[c] != 0) return false;
                        if (vendor.Report.Served[c] + vendor.Report.Refused[c] > vendor.Report.Tasked[c] + Eps) return false;
                    }
                }
            }
            return true;
        });

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Every_misuse_of_a_prohibiting_vendor_is_counted_as_a_breach() =>
        Prop.ForAll(ScenarioVariants.Arbitrary(), v =>
        {
            var r = Simulator.Run(v.Scenario, v.Strategy, v.Seed);
            var breachEvents = r.Events.Count(e => e.Kind == "red_line_breach");
            return breachEvents == r.Metrics.RedLineBreaches && r.Timeline.Sum(t => t.RedLineBreaches) == breachEvents;
        });

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property The_same_inputs_give_identical_result_bytes() =>
        Prop.ForAll(ScenarioVariants.Arbitrary(), v =>
            ResultJsonWriter.ToBytes(Simulator.Run(v.Scenario, v.Strategy, v.Seed))
                .AsSpan().SequenceEqual(ResultJsonWriter.ToBytes(Simulator.Run(v.Scenario, v.Strategy, v.Seed))));

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property Costs_add_up_and_the_score_is_its_breakdown() =>
        Prop.ForAll(ScenarioVariants.Arbitrary(), v =>
        {
            var r = Simulator.Run(v.Scenario, v.Strategy, v.Seed);
            var m = r.Metrics;
            var lastCumulative = r.Timeline.Count > 0 ? r.Timeline[^1].CumulativeCost : 0;
            return Math.Abs(m.TotalCost - m.Cost.Total) <= 1e-6 * Math.Max(1, m.TotalCost)
                && Math.Abs(lastCumulative - m.TotalCost) <= 1e-6 * Math.Max(1, m.TotalCost)
                && Math.Abs(r.Score - r.Breakdown.Sum(b => b.Points)) <= 1e-9
                && r.Score >= 0 && r.Score <= 100;
        });
}
