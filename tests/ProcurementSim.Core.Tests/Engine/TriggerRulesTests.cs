using ProcurementSim.Testing.Scenarios;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Core.Tests.Support;
using static ProcurementSim.Core.Tests.Support.TestScenarios;

namespace ProcurementSim.Core.Tests.Engine;

/// <summary>Playbook steps that wait on signposts, the accreditation fallbacks, and levers on trigger thresholds.</summary>
public sealed class TriggerRulesTests
{
    private static StrategySpec PhasedOfStandoff(string? stepWhen = null)
    {
        var phased = ReferenceScenarios.StandoffScenario.FindStrategy("phased_reduction")!;
        return stepWhen is null ? phased : phased with { Parameters = phased.Parameters.With("step_when", Trigger.Parse(stepWhen)) };
    }

    private static int VendorIndex(Scenario s, string name) => s.Vendors.ToList().FindIndex(v => v.Name == name);

    [Theory]
    [InlineData(1UL)]
    [InlineData(7UL)]
    public void Phased_reduction_moves_no_work_to_the_replacement_before_the_agency_knows_it_is_accredited(ulong seed)
    {
        var s = ReferenceScenarios.StandoffScenario;
        var a = VendorIndex(s, "replacement_a");
        var r = Runs.Play(s, PhasedOfStandoff(), seed);
        var quo = Runs.Play(s, s.FindStrategy("status_quo"), seed);
        // Accredited in week g, the agency reads it in g + 1 and its first cut is served from g + 2.
        var granted = r.Events.Single(e => e.Kind == "accreditation_granted" && e.Subject == "replacement_a").Tick;

        Assert.All(r.Timeline.Where(t => t.Tick <= granted + 1), t => Assert.Equal(0, t.AllocationByVendor[a]));
        // Until then the run serves exactly what keeping the incumbent serves: capability does not drop.
        Assert.All(r.Timeline.Where(t => t.Tick <= granted + 1),
            t => Assert.Equal(quo.Timeline[t.Tick].MissionCapability, t.MissionCapability, 12));
        Assert.Equal(granted + 1, r.FirstTick("partnership_reduced"));
    }

    [Fact]
    public void Without_the_accreditation_trigger_phased_reduction_drops_capability_before_accreditation()
    {
        // The calendar (step_when: always) cuts in week 12 and serves the cut from 13 while replacement_a is unaccredited
        // (week 20): the flaw the default trigger removes. This shows the test above can fail.
        var s = ReferenceScenarios.StandoffScenario;
        var r = Runs.Play(s, PhasedOfStandoff("always"), 1);
        var quo = Runs.Play(s, s.FindStrategy("status_quo"), 1);
        var granted = r.Events.Single(e => e.Kind == "accreditation_granted" && e.Subject == "replacement_a").Tick;

        Assert.Equal(12, r.FirstTick("partnership_reduced"));
        Assert.Contains(r.Timeline.Where(t => t.Tick <= granted), t => t.MissionCapability < quo.Timeline[t.Tick].MissionCapability - 1e-9);
    }

    [Fact]
    public void Start_when_waits_for_its_signpost_from_the_start_week_on()
    {
        // The standoff's public report fires in week 6. Solicit not before week 2, once the report is seen: week 6.
        // With "not before week 8" the earliest week wins: 8. With a report count never reached: no solicitation.
        var s = ReferenceScenarios.StandoffScenario;
        StrategySpec Solicit(int week, string when) => Strategy(StrategyKind.StructuredReplacement, ("solicit_week", week), ("start_when", Trigger.Parse(when)));

        Assert.Equal(6, Runs.Play(s, Solicit(2, "public_reports >= 1")).FirstTick("solicitation_issued"));
        Assert.Equal(8, Runs.Play(s, Solicit(8, "public_reports >= 1")).FirstTick("solicitation_issued"));
        Assert.False(Runs.Play(s, Solicit(2, "public_reports >= 2")).Has("solicitation_issued"));
    }

    [Fact]
    public void The_first_negotiation_round_waits_for_its_trigger_and_later_rounds_follow_from_it()
    {
        // Rounds from week 2 at the earliest, once the week-6 public report is seen: 6, 10, 14 (every 4 weeks from 6).
        // The incumbent never concedes here, so no round ends the negotiation early whatever the draws.
        var s = ReferenceScenarios.StandoffScenario with
        {
            Vendors = [.. ReferenceScenarios.StandoffScenario.Vendors.Select(v => v.Role == VendorRole.Incumbent ? v with { ConcessionProbability = 0 } : v)],
        };
        var r = Runs.Play(s, Strategy(StrategyKind.NegotiateCarveOut, ("start_week", 2), ("rounds", 3), ("round_interval_weeks", 4),
            ("start_when", Trigger.Parse("public_reports >= 1"))));

        Assert.Equal(6, r.FirstTick("red_lines_accepted"));
        Assert.Equal([6, 10, 14], r.Events.Where(e => e.Kind == "carve_out_proposed").Select(e => e.Tick));
    }

    [Fact]
    public void The_ultimatum_waits_for_its_trigger_and_its_deadline_counts_from_the_week_it_is_issued()
    {
        var s = ReferenceScenarios.StandoffScenario;
        var r = Runs.Play(s, Strategy(StrategyKind.Ultimatum, ("issue_week", 0), ("deadline_weeks", 4), ("start_when", Trigger.Parse("public_reports >= 1"))));

        Assert.Equal(6, r.FirstTick("ultimatum_issued"));
        // Refused or unanswered, the replacement starts by the deadline, week 6 + 4, never before the ultimatum.
        Assert.InRange(r.FirstTick("solicitation_issued"), 7, 10);
    }

    [Fact]
    public void A_termination_whose_trigger_never_holds_never_happens()
    {
        // No integrator misuse in the basic scenario: no incident, so no termination; "week >= 3" terminates in week 3.
        var s = Basic(ticks: 8);
        StrategySpec Terminate(string when) => Strategy(StrategyKind.ImmediateTermination, ("week", 0), ("then", "none"), ("start_when", Trigger.Parse(when)));

        Assert.False(Runs.Play(s, Terminate("incidents >= 1")).Has("terminated_immediately"));
        Assert.Equal(3, Runs.Play(s, Terminate("week >= 3")).FirstTick("terminated_immediately"));
    }

    [Fact]
    public void Cutover_when_holds_the_cutover_until_it_holds()
    {
        // Replacement accredited in week 5 (award 2, read 3, 2 weeks), ready at once (ramp 1): cutover in week 6 when
        // the trigger always holds; "week >= 12" holds it until week 12.
        var s = Basic(vendors: [Incumbent(), Replacement("solid")]);
        StrategySpec Replace(string when) => Strategy(StrategyKind.StructuredReplacement, ("solicit_week", 0), ("evaluation_weeks", 2), ("cutover_when", Trigger.Parse(when)));

        var free = Runs.Play(s, Replace("always")).FirstTick("transition_completed");
        var held = Runs.Play(s, Replace("week >= 12")).FirstTick("transition_completed");

        Assert.True(free < 12, $"cutover in week {free}");
        Assert.Equal(12, held);
    }

    [Fact]
    public void A_failed_accreditation_with_next_bid_awards_the_next_ranked_bid()
    {
        var s = Basic(vendors: [Incumbent(), Replacement("cheap", price: 8, failure: 1.0), Replacement("solid", price: 10)]);
        var strategy = Strategy(StrategyKind.StructuredReplacement, ("solicit_week", 0), ("evaluation_weeks", 2), ("on_accreditation_failure", "next_bid"));

        var r = Runs.Play(s, strategy);

        // "cheap" ranks first (lower price); it fails in week 4, the agency hears it in week 5 and awards "solid".
        Assert.Equal([(2, "cheap"), (5, "solid")], r.Events.Where(e => e.Kind == "contract_awarded").Select(e => (e.Tick, e.Subject)));
        Assert.True(r.Metrics.TransitionCompleted);
    }

    [Fact]
    public void A_failed_accreditation_with_negotiate_drops_the_replacement_and_proposes_a_carve_out_to_the_incumbent()
    {
        var conditional = Policy(("ops", PolicyStance.Conditional, false));
        var s = Basic(vendors: [Incumbent(conditional), Replacement("cheap", price: 8, failure: 1.0), Replacement("solid", price: 10)]);
        var strategy = Strategy(StrategyKind.StructuredReplacement, ("solicit_week", 0), ("evaluation_weeks", 2), ("on_accreditation_failure", "negotiate"));

        var r = Runs.Play(s, strategy);

        // No second award: the agency drops the replacement in week 5 and asks the incumbent to permit "ops".
        Assert.Equal([(2, "cheap")], r.Events.Where(e => e.Kind == "contract_awarded").Select(e => (e.Tick, e.Subject)));
        Assert.Equal(5, r.FirstTick("replacement_dropped"));
        Assert.Equal(5, r.FirstTick("carve_out_proposed"));
        Assert.False(r.Metrics.TransitionCompleted);
        Assert.All(r.Timeline, t => Assert.Equal(0, t.AllocationByVendor[2]));
    }

    [Fact]
    public void A_higher_readiness_threshold_on_the_step_trigger_never_cuts_earlier()
    {
        // Lever phased_reduction.step_when.readiness: the first cut waits for accreditation and the reported readiness;
        // replacement_a ramps over several weeks, so the first cut moves later as the threshold rises.
        var s = ReferenceScenarios.StandoffScenario;
        var phased = PhasedOfStandoff("accredited and readiness >= 0");
        var lever = new LeverSpec("phased_reduction.step_when.readiness", "phased_reduction", "step_when.readiness", new UniformDistribution(0, 1));
        var first = new List<int>();
        foreach (var x in (double[])[0, 0.25, 0.5, 0.75, 1])
        {
            var played = LeverApplication.Apply(phased, lever, x);
            Assert.Equal([x], played.Parameters.Trigger("step_when").Thresholds("readiness"));
            first.Add(Runs.Play(s, played, 1).FirstTick("partnership_reduced"));
        }

        Assert.Equal(first.Order(), first);
        Assert.True(first[^1] > first[0], string.Join(", ", first));
    }

    [Fact]
    public void A_lever_on_a_threshold_the_trigger_does_not_compare_is_refused()
    {
        var lever = new LeverSpec("phased_reduction.step_when.readiness", "phased_reduction", "step_when.readiness", new UniformDistribution(0, 1));

        // The default step_when ("accredited") compares no readiness.
        var e = Assert.Throws<ArgumentException>(() => LeverApplication.Apply(PhasedOfStandoff(), lever, 0.5));
        Assert.Contains("compares readiness 0 times", e.Message, StringComparison.Ordinal);
    }
}
