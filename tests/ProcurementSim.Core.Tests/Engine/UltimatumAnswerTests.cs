using ProcurementSim.Testing.Scenarios;
using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Core.Tests.Support;
using static ProcurementSim.Core.Tests.Support.TestScenarios;

namespace ProcurementSim.Core.Tests.Engine;

/// <summary>
/// The incumbent's answer to an ultimatum (docs/MODEL.md §7.5, §7.6): refusal, partial acceptance (conditional
/// categories permitted, red lines kept) or acceptance; the trust each costs; what the ultimatum playbook does next.
/// </summary>
public class UltimatumAnswerTests
{
    // ops permitted, wd conditional (negotiable), alw prohibited and non-negotiable (the red line).
    private const int Ops = 0, Wd = 1, Alw = 2;
    private static readonly Dictionary<string, PolicyClause> RedLineAndConditional =
        Policy(("wd", PolicyStance.Conditional, false), ("alw", PolicyStance.Prohibited, true));

    private static Scenario Standoff(double partial, double trust = 0.8, params VendorSpec[] others) => Basic(
        categories: [Category("ops"), Category("wd"), Category("alw", demand: 50, status: LegalStatus.Contested)],
        vendors: [Incumbent(RedLineAndConditional, trust: trust, partial: partial), .. others]);

    private static TermsAnswer BotAnswer(Scenario s, ulong seed, int vendor = 0) =>
        VendorBot.Instance.AnswerTerms(new VendorActor(s, vendor, seed, 0), new TermsProposal(1, [], true), 1);

    /// <summary>The vendor after it has read an all-lawful-uses demand in week 1.</summary>
    private static VendorActor Answered(Scenario s, ulong seed = 1)
    {
        var v = new VendorActor(s, 0, seed, 0);
        v.Step(1, [new Envelope(ActorIds.Agency, v.Id, 0, new TermsProposal(1, [], true))]);
        return v;
    }

    private static StrategySpec Ultimatum(string onPartial) => Strategy(StrategyKind.Ultimatum,
        ("issue_week", 0), ("evaluation_weeks", 2), ("on_partial", onPartial));

    [Fact]
    public void With_partial_acceptance_0_a_vendor_with_red_lines_always_refuses()
    {
        var s = Standoff(partial: 0);

        var answers = Enumerable.Range(1, 300).Select(seed => BotAnswer(s, (ulong)seed)).ToList();

        Assert.All(answers, a => Assert.Equal(UltimatumAnswer.Refused, a.UltimatumAnswer));
        Assert.All(answers, a => Assert.Empty(a.Accepted));
    }

    [Fact]
    public void With_partial_acceptance_1_the_conditional_categories_become_permitted_and_the_red_line_stays()
    {
        var s = Standoff(partial: 1);

        Assert.All(Enumerable.Range(1, 300), seed => Assert.Equal(UltimatumAnswer.Partial, BotAnswer(s, (ulong)seed).UltimatumAnswer));
        var v = Answered(s);
        Assert.Equal(PolicyStance.Permitted, v.Stances[Ops]);
        Assert.Equal(PolicyStance.Permitted, v.Stances[Wd]);
        Assert.Equal(PolicyStance.Prohibited, v.Stances[Alw]);
        var response = Assert.IsType<TermsResponse>(Assert.Single(v.Outbox.Items).Body);
        Assert.Equal([Wd], response.Accepted);
        Assert.False(response.AllLawfulUsesAccepted);
    }

    [Fact]
    public void The_agency_learns_a_partial_acceptance_and_the_stances_it_changed()
    {
        var s = Standoff(partial: 1);
        var agency = new AgencyActor(s, new DemandAtWeekZero(), 1, 0);
        agency.Step(0, []);
        var vendor = new VendorActor(s, 0, 1, 0);
        vendor.Step(1, [.. agency.Outbox.Items.Where(e => e.To == vendor.Id)]);

        agency.Step(2, [.. vendor.Outbox.Items.Where(e => e.To == ActorIds.Agency)]);

        Assert.Equal(UltimatumAnswer.Partial, agency.AllLawfulUsesAnswer);
        Assert.Equal(PolicyStance.Permitted, agency.Stance(0, Wd));
        Assert.Equal(PolicyStance.Prohibited, agency.Stance(0, Alw));
    }

    [Fact]
    public void Trust_after_each_answer_is_the_documented_loss()
    {
        // docs/MODEL.md §7.6: refused −0.25, partial −0.15, accepted −0.05.
        Assert.Equal(0.8 - 0.25, Answered(Standoff(partial: 0)).Trust, 12);
        Assert.Equal(0.8 - 0.15, Answered(Standoff(partial: 1)).Trust, 12);
        var noRedLine = Basic(vendors: [Incumbent(Policy(("ops", PolicyStance.Conditional, false)), trust: 1, concession: 1)]);
        var accepted = Answered(noRedLine);
        Assert.Equal(PolicyStance.Permitted, accepted.Stances[0]);
        Assert.Equal(1 - 0.05, accepted.Trust, 12);
    }

    [Fact]
    public void Over_many_seeds_the_partial_frequency_is_near_its_probability()
    {
        const int N = 4000;
        const double P = 0.4;
        var s = Standoff(partial: P);

        var partial = Enumerable.Range(1, N).Count(seed => BotAnswer(s, (ulong)seed).UltimatumAnswer == UltimatumAnswer.Partial);

        // Binomial(4000, 0.4): mean 1600, sd √(4000·0.4·0.6) ≈ 31; 5 sd either side.
        Assert.InRange(partial, 1600 - 155, 1600 + 155);
    }

    [Fact]
    public void The_draw_follows_the_vendor_name_not_its_place_in_the_lists()
    {
        var s = Standoff(partial: 0.5);
        var reordered = s with
        {
            Categories = [.. s.Categories.Reverse()],
            Vendors = [Replacement("r"), s.Vendors[0]],
        };

        for (ulong seed = 1; seed <= 200; seed++)
        {
            var a = BotAnswer(s, seed);
            var b = BotAnswer(reordered, seed, vendor: 1);
            Assert.Equal(a.UltimatumAnswer, b.UltimatumAnswer);
            Assert.Equal(a.Accepted.Select(c => s.Categories[c].Name), b.Accepted.Select(c => reordered.Categories[c].Name));
        }
    }

    [Fact]
    public void On_partial_accept_keeps_the_incumbent_and_sources_only_the_red_line_elsewhere()
    {
        var s = Standoff(partial: 1, others: Replacement("flex", accreditationWeeks: 1, rampWeeks: 1));

        var r = Runs.Play(s, Ultimatum("accept"));

        Assert.Contains(r.Events, e => e.Kind == "solicitation_issued" && e.Detail.EndsWith("for 1 categories", StringComparison.Ordinal));
        Assert.False(r.Has("termination_notice"));
        var last = r.Timeline[^1];
        Assert.Equal(200.0 / 250, last.AllocationByVendor[0], 9); // ops and wd stay with the incumbent
        Assert.Equal(50.0 / 250, last.AllocationByVendor[1], 9);  // alw moved to the second vendor
        Assert.Equal(50, last.ServedByCategory[Alw], 9);
        // Partial −0.15, then the solicitation it hears of −0.10; moving its red line away is no cut.
        Assert.Equal(0.8 - 0.15 - 0.10, r.Metrics.IncumbentTrustFinal, 9);
    }

    [Fact]
    public void On_partial_replace_the_agency_acts_as_after_a_refusal()
    {
        var replacement = Replacement("flex", accreditationWeeks: 1, rampWeeks: 1);
        var partial = Runs.Play(Standoff(partial: 1, others: replacement), Ultimatum("replace"));
        var refused = Runs.Play(Standoff(partial: 0, others: replacement), Ultimatum("replace"));

        Assert.Contains(partial.Events, e => e.Kind == "terms_answered" && e.Detail.Contains("except its red lines", StringComparison.Ordinal));
        Assert.Contains(refused.Events, e => e.Kind == "terms_answered" && e.Detail.Contains("refuses", StringComparison.Ordinal));
        Assert.Equal(AgencyDecisions(refused), AgencyDecisions(partial));
        Assert.Contains(partial.Events, e => e.Kind == "solicitation_issued" && e.Detail.EndsWith("for 3 categories", StringComparison.Ordinal));
        Assert.True(partial.Has("termination_notice"));
        Assert.Equal(0.0, partial.Timeline[^1].AllocationByVendor[0], 9);
    }

    [Fact]
    public void Incumbent_trust_is_no_longer_zero_in_every_ultimatum_run_of_the_reference_scenario()
    {
        var s = ReferenceScenarios.StandoffScenario;
        var strategy = s.FindStrategy("ultimatum")!;

        var runs = Enumerable.Range(1, 30).Select(seed => Simulator.Run(s, strategy, (ulong)seed)).ToList();

        bool Partial(RunResult r) => r.Events.Any(e => e.Kind == "terms_answered" && e.Detail.Contains("except its red lines", StringComparison.Ordinal));
        Assert.Contains(runs, Partial);
        Assert.Contains(runs, r => !Partial(r));
        Assert.Contains(runs, r => r.Metrics.IncumbentTrustFinal > 0.1);
        // A partial answer keeps the incumbent (no notice, no cut) and costs 0.10 less than a refusal; red-line breaches
        // of its output (−0.08 each) and repeated solicitations for the second source (−0.10 each) can still take it
        // to 0, so the claim is about the runs together.
        Assert.All(runs.Where(Partial), r => Assert.False(r.Has("termination_notice")));
        var partialMean = runs.Where(Partial).Average(r => r.Metrics.IncumbentTrustFinal);
        var refusedMean = runs.Where(r => !Partial(r)).Average(r => r.Metrics.IncumbentTrustFinal);
        Assert.True(partialMean > refusedMean, $"mean trust after a partial answer {partialMean}, after a refusal {refusedMean}");
    }

    private static List<(int Tick, string Kind, string Detail)> AgencyDecisions(RunResult r) =>
        [.. r.Events.Where(e => e.Actor == "agency").Select(e => (e.Tick, e.Kind, e.Detail))];

    private sealed class DemandAtWeekZero : IAgencyPlaybook
    {
        public void Decide(IAgencyView view, IAgencyActions act)
        {
            if (view.Tick == 0) act.DemandAllLawfulUses(view.Incumbent);
        }
    }
}
