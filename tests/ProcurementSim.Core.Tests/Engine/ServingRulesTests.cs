using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Tests.Support;
using static ProcurementSim.Core.Tests.Support.TestScenarios;

namespace ProcurementSim.Core.Tests.Engine;

public class ServingRulesTests
{
    [Fact]
    public void Work_in_a_prohibited_category_is_refused_and_counted_as_a_policy_conflict()
    {
        var s = Basic(
            categories: [Category("ops"), Category("alw", demand: 50, status: LegalStatus.Contested)],
            vendors: [Incumbent(Policy(("alw", PolicyStance.Prohibited, true)))],
            ticks: 10);

        var r = Runs.Play(s);

        Assert.Equal(50.0 * 10, r.Metrics.PolicyConflicts, 9);
        Assert.All(r.Timeline, t => Assert.Equal(0, t.ServedByCategory[1]));
        Assert.All(r.Timeline, t => Assert.Equal(100, t.ServedByCategory[0], 9));
    }

    [Fact]
    public void Conditional_work_costs_review_overhead_when_capacity_binds()
    {
        // Capacity 100; 100 units of conditional work need 100 / (1 − 0.25) = 133.3 units of capacity, so 75 are served.
        var s = Basic(vendors: [Incumbent(Policy(("ops", PolicyStance.Conditional, false)), capacity: 100)]);

        var r = Runs.Play(s);

        Assert.All(r.Timeline, t => Assert.Equal(75, t.ServedByCategory[0], 9));
        Assert.Equal(0.75, r.Metrics.MissionCapabilityMean, 9);
    }

    [Fact]
    public void Conditional_work_is_served_in_full_when_capacity_suffices()
    {
        var s = Basic(vendors: [Incumbent(Policy(("ops", PolicyStance.Conditional, false)), capacity: 1000)]);

        Assert.Equal(1.0, Runs.Play(s).Metrics.MissionCapabilityMin, 9);
    }

    [Fact]
    public void When_capacity_binds_every_category_is_served_in_the_same_proportion()
    {
        var s = Basic(categories: [Category("a"), Category("b", demand: 300)], vendors: [Incumbent(capacity: 200)]);

        var t = Runs.Play(s).Timeline[0];

        Assert.Equal(50, t.ServedByCategory[0], 9);
        Assert.Equal(150, t.ServedByCategory[1], 9);
    }

    [Fact]
    public void An_unlawful_category_is_never_tasked_and_does_not_count_toward_capability()
    {
        var s = Basic(
            categories: [Category("ops"), Category("dms", demand: 50, status: LegalStatus.Unlawful)],
            vendors: [Incumbent(Policy(("dms", PolicyStance.Prohibited, true)))]);

        var r = Runs.Play(s);

        Assert.Equal(0, r.Metrics.PolicyConflicts);
        Assert.All(r.Timeline, t => Assert.Equal(0, t.ServedByCategory[1]));
        Assert.Equal(1.0, r.Metrics.MissionCapabilityMean, 9);
    }

    [Fact]
    public void Quality_scales_capability_but_not_served_volume()
    {
        var r = Runs.Play(Basic(vendors: [Incumbent(quality: 0.6)]));

        Assert.Equal(100, r.Timeline[0].ServedByCategory[0], 9);
        Assert.Equal(0.6, r.Metrics.MissionCapabilityMean, 9);
    }

    [Fact]
    public void Weekly_spend_never_exceeds_the_budget_from_the_first_week()
    {
        // Demand 100 × price 10 = 1,000 a week against a budget of 400: tasking is scaled to 40 %.
        var r = Runs.Play(Basic(budget: 400));

        Assert.All(r.Timeline, t => Assert.Equal(400, t.Spend, 6));
        Assert.Equal(0.4, r.Metrics.MissionCapabilityMean, 9);
    }

    [Fact]
    public void A_budget_shock_cuts_spend_from_the_week_after_it_fires()
    {
        var s = Basic(budget: 1000, ticks: 10) with
        {
            Injects = [new InjectSpec(InjectKind.BudgetShock, 5, 0, null, 0.5, 0)],
        };

        var r = Runs.Play(s);

        Assert.All(r.Timeline.Where(t => t.Tick <= 5), t => Assert.Equal(1000, t.Spend, 6));
        Assert.All(r.Timeline.Where(t => t.Tick > 5), t => Assert.Equal(500, t.Spend, 6));
    }

    [Fact]
    public void A_clarification_pauses_conditional_work_for_its_weeks()
    {
        var s = Basic(vendors: [Incumbent(Policy(("ops", PolicyStance.Conditional, false)))], ticks: 10) with
        {
            Injects = [new InjectSpec(InjectKind.ClarificationRequest, 2, 0, "incumbent", 0.1, 3)],
        };

        var r = Runs.Play(s);

        Assert.Equal(new[] { 2, 3, 4 }, r.Timeline.Where(t => t.PolicyConflicts > 0).Select(t => t.Tick));
        Assert.Equal(300, r.Metrics.PolicyConflicts, 9);
        Assert.Equal(0.8 - 0.1, r.Metrics.IncumbentTrustFinal, 9);
    }
}
