using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Core.Tests.Support;
using static ProcurementSim.Core.Tests.Support.TestScenarios;

namespace ProcurementSim.Core.Tests.Engine;

public class StrategyRulesTests
{
    private static readonly Dictionary<string, PolicyClause> RedLine = Policy(("alw", PolicyStance.Prohibited, true));

    private static Scenario TwoCategories(params VendorSpec[] vendors) => Basic(
        categories: [Category("ops"), Category("alw", demand: 50, status: LegalStatus.Contested)],
        vendors: vendors.Length > 0 ? vendors : [Incumbent(RedLine)]);

    [Fact]
    public void Terminating_without_a_replacement_drops_capability_in_served_categories()
    {
        var s = Basic(ticks: 8);
        var strategy = Strategy(StrategyKind.ImmediateTermination, ("week", 3), ("then", "none"));

        var r = Runs.Play(s, strategy);

        // Terminated in week 3: the vendor hears it in week 4 and serves nothing from then on.
        Assert.All(r.Timeline.Where(t => t.Tick <= 3), t => Assert.Equal(1.0, t.MissionCapability, 9));
        Assert.All(r.Timeline.Where(t => t.Tick >= 4), t => Assert.Equal(0.0, t.MissionCapability));
        Assert.Equal(4, r.Metrics.CapabilityGapWeeks);
        Assert.False(r.Metrics.TransitionCompleted);
    }

    [Fact]
    public void Immediate_termination_pays_the_fee_and_the_notice_period_in_lieu()
    {
        var s = Basic(ticks: 8, noticeWeeks: 2, terminationFee: 500);
        var r = Runs.Play(s, Strategy(StrategyKind.ImmediateTermination, ("week", 3), ("then", "none")));

        // Fee 500 + 2 weeks × (100 units × price 10).
        Assert.Equal(500 + (2 * 1000), r.Metrics.Cost.TerminationFees, 9);
        Assert.Equal(4 * 1000, r.Metrics.Cost.ContractSpend, 9);
    }

    [Fact]
    public void A_failed_accreditation_moves_the_award_to_the_next_best_bid()
    {
        var s = Basic(vendors: [Incumbent(), Replacement("cheap", price: 8, failure: 1.0), Replacement("solid", price: 10)]);
        var strategy = Strategy(StrategyKind.StructuredReplacement, ("solicit_week", 0), ("evaluation_weeks", 2));

        var r = Runs.Play(s, strategy);

        // Solicit week 0; bids back in week 2; "cheap" (better value) awarded week 2, hears it week 3,
        // fails at the end of its 2 weeks (week 4); the agency learns it in week 5 and awards "solid".
        var awards = r.Events.Where(e => e.Kind == "contract_awarded").Select(e => (e.Tick, e.Subject)).ToList();
        Assert.Equal([(2, "cheap"), (5, "solid")], awards);
        Assert.Equal(4, r.Events.Single(e => e.Kind == "accreditation_failed").Tick);
        Assert.Equal(200, r.Metrics.Cost.SwitchingCost, 9);
        Assert.True(r.Metrics.TransitionCompleted);
    }

    [Fact]
    public void An_ultimatum_against_a_non_negotiable_red_line_is_refused_and_starts_the_transition()
    {
        var s = TwoCategories(Incumbent(RedLine, concession: 1, trust: 1), Replacement("r"));
        var r = Runs.Play(s, Strategy(StrategyKind.Ultimatum, ("issue_week", 1)));

        Assert.Equal(1, r.FirstTick("ultimatum_issued"));
        Assert.Contains(r.Events, e => e.Kind == "terms_answered" && e.Tick == 2 && e.Detail.Contains("refuses", StringComparison.Ordinal));
        Assert.Equal(3, r.FirstTick("transition_decided"));
    }

    [Fact]
    public void An_ultimatum_is_accepted_when_no_clause_is_non_negotiable_and_the_vendor_concedes()
    {
        var policy = Policy(("ops", PolicyStance.Conditional, false));
        var s = Basic(vendors: [Incumbent(policy, capacity: 100, concession: 1, trust: 1), Replacement("r")], ticks: 10);

        var r = Runs.Play(s, Strategy(StrategyKind.Ultimatum, ("issue_week", 0)));

        Assert.False(r.Has("transition_decided"));
        Assert.Equal(75, r.Timeline[0].ServedByCategory[0], 9); // still under review
        Assert.Equal(100, r.Timeline[1].ServedByCategory[0], 9); // permitted from the week it answers
        Assert.Equal(1 - ModelConstants.TrustLossUltimatumAccepted, r.Metrics.IncumbentTrustFinal, 9);
    }

    [Fact]
    public void A_carve_out_accepts_the_red_lines_and_wins_the_conditional_categories()
    {
        var policy = Policy(("ops", PolicyStance.Conditional, false), ("alw", PolicyStance.Prohibited, true));
        var s = Basic(categories: [Category("ops"), Category("alw", demand: 50, status: LegalStatus.Contested)],
            vendors: [Incumbent(policy, capacity: 100, concession: 1, trust: 1)], ticks: 6);

        var r = Runs.Play(s, Strategy(StrategyKind.NegotiateCarveOut, ("start_week", 0), ("rounds", 1)));

        Assert.Equal(50, r.Metrics.PolicyConflicts, 9); // week 0 only: work there stops from week 1
        Assert.Equal(75, r.Timeline[0].ServedByCategory[0], 9);
        Assert.All(r.Timeline.Skip(1), t => Assert.Equal(100, t.ServedByCategory[0], 9));
    }

    [Fact]
    public void A_phased_reduction_steps_the_incumbent_down_to_the_floor()
    {
        var s = Basic(vendors: [Incumbent(), Replacement("r", accreditationWeeks: 1, rampWeeks: 1)], ticks: 12);
        var strategy = Strategy(StrategyKind.PhasedReduction, ("replacement", "r"), ("start_week", 0), ("step", 0.25), ("step_weeks", 2), ("floor", 0.5));

        var r = Runs.Play(s, strategy);

        // Award in week 0; cuts decided in weeks 2 and 4 reach the vendors a week later.
        Assert.Equal(1.0, r.Timeline[2].AllocationByVendor[0], 9);
        Assert.Equal(0.75, r.Timeline[3].AllocationByVendor[0], 9);
        Assert.Equal(0.75, r.Timeline[4].AllocationByVendor[0], 9);
        Assert.Equal(0.5, r.Timeline[5].AllocationByVendor[0], 9);
        Assert.Equal(0.5, r.Timeline[^1].AllocationByVendor[0], 9);
        Assert.Equal(5000, r.Metrics.VendorConcentrationHhi, 6);
        Assert.True(r.Metrics.TransitionCompleted);
    }

    [Fact]
    public void Dual_source_moves_only_the_restricted_categories_and_keeps_the_incumbent()
    {
        var s = TwoCategories(Incumbent(RedLine), Replacement("flex", accreditationWeeks: 1, rampWeeks: 1));
        var r = Runs.Play(s, Strategy(StrategyKind.DualSource, ("solicit_week", 0), ("evaluation_weeks", 2)));

        var last = r.Timeline[^1];
        Assert.Equal(100.0 / 150, last.AllocationByVendor[0], 9);
        Assert.Equal(50.0 / 150, last.AllocationByVendor[1], 9);
        Assert.Equal(50, last.ServedByCategory[1], 9);
        Assert.False(r.Has("termination_notice"));
        // HHI = (100·2/3)² + (100·1/3)²
        Assert.Equal((200.0 / 3 * 200 / 3) + (100.0 / 3 * 100 / 3), r.Metrics.VendorConcentrationHhi, 6);
    }

    [Fact]
    public void A_bid_that_covers_none_of_the_solicited_categories_is_never_awarded()
    {
        // Dual source solicits only the red line; "narrow" prohibits it too (and does not accept all lawful uses).
        var narrow = Replacement("narrow", Policy(("alw", PolicyStance.Prohibited, false)), flexible: false);
        var s = TwoCategories(Incumbent(RedLine), narrow) with { Ticks = 30 };

        var r = Runs.Play(s, Strategy(StrategyKind.DualSource, ("solicit_week", 0), ("evaluation_weeks", 2)));

        Assert.Equal(3, r.Events.Count(e => e.Kind == "bid_submitted"));
        Assert.False(r.Has("contract_awarded"));
        Assert.Equal(0, r.Metrics.Cost.SwitchingCost);
        Assert.True(r.Has("solicitation_abandoned"));
    }

    [Fact]
    public void A_legal_challenge_extends_a_pending_notice_and_adds_its_cost()
    {
        var s = Basic(vendors: [Incumbent(), Replacement("r", accreditationWeeks: 2, rampWeeks: 1)], ticks: 16) with
        {
            Injects = [new InjectSpec(InjectKind.LegalChallenge, 7, 0, null, 1000, 3)],
        };
        var strategy = Strategy(StrategyKind.StructuredReplacement, ("solicit_week", 0), ("evaluation_weeks", 2),
            ("cutover_readiness", 1.0), ("parallel_run_share", 0.0));

        var r = Runs.Play(s, strategy);

        // Award week 2 → accredited week 4 → readiness 1 in week 5, known week 6: cutover and notice (2 weeks) in week 6.
        Assert.Equal(6, r.FirstTick("termination_notice"));
        Assert.Equal(6 + 2 + 3, r.Events.Single(e => e.Kind == "contract_terminated").Tick);
        Assert.Equal(500 + 1000, r.Metrics.Cost.TerminationFees, 9);
    }

    [Fact]
    public void An_integrator_misuse_is_a_breach_only_where_the_serving_vendor_prohibits_it()
    {
        var ops = Category("ops", operational: true);
        var alw = Category("alw", demand: 0, status: LegalStatus.Contested, operational: true);
        var strict = Basic(categories: [ops, alw], vendors: [Incumbent(RedLine)], ticks: 5) with { Integrator = new IntegratorSpec(1, "alw") };
        var lax = strict with { Vendors = [Incumbent()] };

        var strictRun = Runs.Play(strict);
        var laxRun = Runs.Play(lax);

        Assert.Equal(5, strictRun.Metrics.RedLineBreaches);
        Assert.Equal(0, laxRun.Metrics.RedLineBreaches);
        Assert.Equal(5, laxRun.Events.Count(e => e.Kind == "compliance_incident"));
        Assert.True(strictRun.Metrics.ReputationalRisk > laxRun.Metrics.ReputationalRisk);
    }
}
