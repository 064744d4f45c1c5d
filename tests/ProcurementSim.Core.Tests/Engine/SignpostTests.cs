using ProcurementSim.Testing.Scenarios;
using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Playbooks;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;
using ProcurementSim.Core.Tests.Support;
using static ProcurementSim.Core.Tests.Support.TestScenarios;

namespace ProcurementSim.Core.Tests.Engine;

/// <summary>Each signpost as the agency's playbook sees it when it decides, checked against the run's own record.</summary>
public sealed class SignpostTests
{
    /// <summary>Plays the strategy's own bot and keeps the signposts it saw each week.</summary>
    private sealed class Watching(IAgencyPlaybook inner) : IAgencyPlaybook
    {
        public List<Signposts> Seen { get; } = [];

        public void Decide(IAgencyView view, IAgencyActions act)
        {
            Seen.Add(view.Signposts);
            inner.Decide(view, act);
        }
    }

    private static (RunResult Result, List<Signposts> Seen) Watch(Scenario s, StrategySpec strategy, ulong seed = 1)
    {
        var watching = new Watching(PlaybookFactory.Create(s, strategy));
        var result = new RunEngine(s, strategy, seed, RunOptions.Default, watching).RunToEnd();
        return (result, watching.Seen);
    }

    private static readonly Lazy<(RunResult Result, List<Signposts> Seen)> Phased =
        new(() => Watch(ReferenceScenarios.StandoffScenario, ReferenceScenarios.StandoffScenario.FindStrategy("phased_reduction")!, 3));

    [Fact]
    public void Week_is_the_tick_of_the_decision()
    {
        var seen = Phased.Value.Seen;
        Assert.Equal(Enumerable.Range(0, seen.Count), seen.Select(s => s.Week));
    }

    [Fact]
    public void Incidents_and_breaches_count_the_integrators_reports_up_to_and_including_the_week()
    {
        var (r, seen) = Phased.Value;
        // The standoff's misuse rate makes some in 104 weeks at this seed; with none the check below would prove nothing.
        Assert.Contains(r.Events, e => e.Kind == "red_line_breach");
        foreach (var s in seen)
        {
            var breaches = r.Events.Count(e => e.Kind == "red_line_breach" && e.Tick <= s.Week);
            var incidents = breaches + r.Events.Count(e => e.Kind == "compliance_incident" && e.Tick <= s.Week);
            Assert.Equal(breaches, s.Breaches);
            Assert.Equal(incidents, s.Incidents);
        }
    }

    [Fact]
    public void Public_reports_count_the_report_from_the_week_it_fires()
    {
        // The standoff schedules one public report, in week 6, delivered to the agency that week.
        var seen = Phased.Value.Seen;
        Assert.All(seen.Where(s => s.Week < 6), s => Assert.Equal(0, s.PublicReports));
        Assert.All(seen.Where(s => s.Week >= 6), s => Assert.Equal(1, s.PublicReports));
    }

    [Fact]
    public void Clarifications_count_what_the_agency_was_told_a_week_later()
    {
        var (r, seen) = Phased.Value;
        // Each clarification_requested event of a vendor in week t is a message the agency reads in t + 1.
        foreach (var s in seen)
        {
            var told = r.Events.Count(e => e.Kind == "clarification_requested" && e.Tick + 1 <= s.Week);
            Assert.Equal(told, s.Clarifications);
        }
        // The week-7 clarification inject reaches the agency in week 8.
        Assert.Equal(0, seen[7].Clarifications);
        Assert.Equal(1, seen[8].Clarifications);
    }

    [Fact]
    public void Accredited_and_readiness_follow_the_replacement_last_awarded_a_week_late()
    {
        var (r, seen) = Phased.Value;
        var granted = r.Events.Single(e => e.Kind == "accreditation_granted" && e.Subject == "replacement_a").Tick;
        var awarded = r.FirstTick("contract_awarded");
        Assert.All(seen.Where(s => s.Week <= granted), s => Assert.False(s.Accredited));
        Assert.All(seen.Where(s => s.Week > granted), s => Assert.True(s.Accredited));
        Assert.All(seen.Where(s => s.Week <= awarded), s => Assert.Equal(0, s.Readiness));
        // Readiness rises from 0 after accreditation to 1, never falling.
        var after = seen.Where(s => s.Week > granted).Select(s => s.Readiness).ToList();
        Assert.Equal(after.Order(), after);
        Assert.Equal(1, after[^1]);
        Assert.Equal(0, seen[^1].AccreditationFailures);
    }

    [Fact]
    public void Risk_is_last_weeks_reputational_risk()
    {
        var (r, seen) = Phased.Value;
        Assert.Equal(0, seen[0].Risk);
        for (var t = 1; t < seen.Count; t++) Assert.Equal(r.Timeline[t - 1].ReputationalRisk, seen[t].Risk, 12);
        // The week-6 public report (+0.3) shows from week 7.
        Assert.True(seen[7].Risk >= 0.3 - 1e-9 && seen[6].Risk < 0.3);
    }

    [Fact]
    public void Spend_is_the_tasking_sent_last_week_and_budget_left_the_rest_of_the_budget()
    {
        // One category of 100 units a week, all to the incumbent at 10 a unit: 1000 a week, budget 5000.
        // Immediate termination in week 2 (then nothing): the tasking sent in week 2 is empty.
        var s = Basic(ticks: 6, budget: 5000);
        var (_, seen) = Watch(s, Strategy(StrategyKind.ImmediateTermination, ("week", 2), ("then", "none")));

        Assert.Equal([1000, 1000, 1000, 0, 0, 0], seen.Select(x => x.Spend));
        Assert.Equal([4000, 4000, 4000, 5000, 5000, 5000], seen.Select(x => x.BudgetLeft));
    }

    [Fact]
    public void A_failed_accreditation_is_counted_the_week_the_agency_hears_of_it()
    {
        // As in StrategyRulesTests: "cheap" fails at the end of its accreditation in week 4; the agency reads it in week 5.
        var s = Basic(vendors: [Incumbent(), Replacement("cheap", price: 8, failure: 1.0), Replacement("solid", price: 10)]);
        var (r, seen) = Watch(s, Strategy(StrategyKind.StructuredReplacement, ("solicit_week", 0), ("evaluation_weeks", 2)));

        Assert.Equal(4, r.Events.Single(e => e.Kind == "accreditation_failed").Tick);
        Assert.All(seen.Where(x => x.Week <= 4), x => Assert.Equal(0, x.AccreditationFailures));
        Assert.All(seen.Where(x => x.Week >= 5), x => Assert.Equal(1, x.AccreditationFailures));
        // The award moves to "solid" in week 5: "accredited" now follows it, not the failed vendor.
        Assert.False(seen[5].Accredited);
        Assert.Contains(seen, x => x.Accredited);
    }

    [Fact]
    public void Every_catalog_signpost_has_a_value()
    {
        var s = Phased.Value.Seen[^1];
        foreach (var name in SignpostCatalog.Names) _ = s.Value(name);
        Assert.Throws<ArgumentException>(() => s.Value("total_cost"));
    }
}
