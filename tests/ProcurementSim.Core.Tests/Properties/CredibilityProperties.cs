using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Properties;

/// <summary>
/// What a planner must be able to take for granted (issue 12, docs/VALIDATION.md): serving nothing scores worst, less
/// service never scores better, the threshold is only a yardstick, a later week never changes an earlier one, money
/// and volume are units, and a slower accreditation never helps.
/// </summary>
public sealed class CredibilityProperties
{
    private static readonly ulong[] Seeds = [11, 20260227, 5];

    private static Scenario Standoff => ReferenceScenarios.StandoffScenario;

    private static Scenario WithIncumbentCapacity(Scenario s, double capacity) =>
        s with { Vendors = [.. s.Vendors.Select(v => v.Role == VendorRole.Incumbent ? v with { Capacity = capacity } : v)] };

    [Fact]
    public void A_run_that_serves_almost_nothing_scores_at_most_15_and_below_every_reference_strategy()
    {
        var nothing = WithIncumbentCapacity(Standoff, 1);
        foreach (var seed in Seeds)
        {
            var idle = Runs.Play(nothing, nothing.FindStrategy("status_quo"), seed);
            Assert.True(idle.Metrics.MissionCapabilityMean < 0.01, $"the run was meant to serve almost nothing: {idle.Metrics.MissionCapabilityMean}");
            Assert.True(idle.Score <= 15, $"seed {seed}: serving almost nothing scores {idle.Score}");
            foreach (var strategy in Standoff.Strategies)
            {
                var played = Runs.Play(Standoff, strategy, seed);
                Assert.True(idle.Score < played.Score, $"seed {seed}: serving nothing ({idle.Score}) is not below {strategy.Name} ({played.Score})");
            }
        }
    }

    [Fact]
    public void Less_incumbent_capacity_never_raises_the_status_quo_score()
    {
        foreach (var seed in Seeds)
        {
            double previous = double.PositiveInfinity;
            foreach (var capacity in new double[] { 1150, 1000, 800, 600, 400, 200, 50, 1 })
            {
                var s = WithIncumbentCapacity(Standoff, capacity);
                var score = Runs.Play(s, s.FindStrategy("status_quo"), seed).Score;
                Assert.True(score <= previous + 1e-9, $"seed {seed}: capacity {capacity} scores {score}, above {previous} with more capacity");
                previous = score;
            }
        }
    }

    [Fact]
    public void A_slower_accreditation_never_delivers_more()
    {
        // The teaching scenario has no randomness: the same plan with a replacement that takes longer to accredit.
        // Delivery can only fall. (The score need not: a cutover that comes late in a short horizon can cost more
        // than the weeks it improves; docs/VALIDATION.md, "Known limits".)
        var teaching = ReferenceScenarios.Load(ReferenceScenarios.TeachingMinimal);
        double previous = double.PositiveInfinity;
        double previousShortfall = double.NegativeInfinity;
        foreach (var weeks in new[] { 1, 2, 3, 4, 6, 8 })
        {
            var s = teaching with
            {
                Vendors = [.. teaching.Vendors.Select(v => v.Replacement is { } r ? v with { Replacement = r with { AccreditationWeeks = weeks } } : v)],
            };
            var m = Runs.Play(s, s.FindStrategy("structured_replacement")).Metrics;
            Assert.True(m.MissionCapabilityMean <= previous + 1e-12, $"accreditation in {weeks} weeks delivers {m.MissionCapabilityMean}, above {previous}");
            Assert.True(m.MissionShortfall >= previousShortfall - 1e-9, $"accreditation in {weeks} weeks leaves {m.MissionShortfall} unmet, below {previousShortfall}");
            previous = m.MissionCapabilityMean;
            previousShortfall = m.MissionShortfall;
        }
    }

    [Theory]
    [InlineData("status_quo")]
    [InlineData("structured_replacement")]
    [InlineData("phased_reduction")]
    public void The_threshold_is_a_yardstick_it_moves_only_the_gap_metrics(string strategy)
    {
        foreach (var seed in Seeds)
        {
            var a = Runs.Play(Standoff, Standoff.FindStrategy(strategy), seed);
            var higher = Standoff with { CapabilityThreshold = 0.9 };
            var b = Runs.Play(higher, higher.FindStrategy(strategy), seed);

            foreach (var name in MetricNames.All.Where(n => n is not (MetricNames.CapabilityGapWeeks or MetricNames.CapabilityGapDepth)))
            {
                Assert.Equal(a.Metrics.Get(name), b.Metrics.Get(name));
            }
            Assert.True(b.Metrics.CapabilityGapWeeks >= a.Metrics.CapabilityGapWeeks);
            Assert.True(b.Metrics.CapabilityGapDepth > a.Metrics.CapabilityGapDepth);
        }
    }

    [Theory]
    [InlineData("structured_replacement")]
    [InlineData("ultimatum")]
    [InlineData("dual_source")]
    public void A_longer_horizon_changes_no_earlier_week(string strategy)
    {
        var shorter = Standoff with { Ticks = 60 };
        foreach (var seed in Seeds)
        {
            var full = Runs.Play(Standoff, Standoff.FindStrategy(strategy), seed);
            var cut = Runs.Play(shorter, shorter.FindStrategy(strategy), seed);

            Assert.Equal(60, cut.Timeline.Count);
            for (var t = 0; t < 60; t++)
            {
                Assert.Equal(Week(full.Timeline[t]), Week(cut.Timeline[t]));
            }
            Assert.Equal(full.Events.Where(e => e.Tick < 60), cut.Events);
        }
    }

    [Fact]
    public void Money_is_a_unit_pricing_everything_ten_times_higher_changes_no_score()
    {
        var s = ReferenceScenarios.Load(ReferenceScenarios.TeachingMinimal);
        const double k = 10;
        var scaled = s with
        {
            Agency = s.Agency with { WeeklyBudget = s.Agency.WeeklyBudget * k, Contract = s.Agency.Contract with { TerminationFee = s.Agency.Contract.TerminationFee * k } },
            Vendors = [.. s.Vendors.Select(v => v with { Price = v.Price * k, Replacement = v.Replacement is { } r ? r with { SwitchingCost = r.SwitchingCost * k } : null })],
            Score = s.Score with { CostReference = s.Score.CostReference * k },
        };
        foreach (var strategy in s.Strategies)
        {
            var a = Runs.Play(s, strategy);
            var b = Runs.Play(scaled, scaled.FindStrategy(strategy.Name));

            Assert.Equal(a.Score, b.Score, 9);
            Assert.Equal(a.Metrics.TotalCost * k, b.Metrics.TotalCost, 6);
            Assert.Equal(a.Metrics.MissionCapabilityMean, b.Metrics.MissionCapabilityMean, 12);
        }
    }

    [Fact]
    public void Volume_is_a_unit_ten_times_the_business_changes_no_capability_or_score()
    {
        // Ten times the demand and capacity at the same prices is ten times the spend; the fixed sums (switching cost,
        // termination fee) and the references grow with it, as they would for a ten times larger programme.
        var s = ReferenceScenarios.Load(ReferenceScenarios.TeachingMinimal);
        const double k = 10;
        var scaled = s with
        {
            Categories = [.. s.Categories.Select(c => c with { Demand = c.Demand * k })],
            Agency = s.Agency with { WeeklyBudget = s.Agency.WeeklyBudget * k, Contract = s.Agency.Contract with { TerminationFee = s.Agency.Contract.TerminationFee * k } },
            Vendors = [.. s.Vendors.Select(v => v with { Capacity = v.Capacity * k, Replacement = v.Replacement is { } r ? r with { SwitchingCost = r.SwitchingCost * k } : null })],
            Score = s.Score with
            {
                CostReference = s.Score.CostReference * k, ConflictReference = s.Score.ConflictReference * k, ExposureReference = s.Score.ExposureReference * k,
            },
        };
        foreach (var strategy in s.Strategies)
        {
            var a = Runs.Play(s, strategy);
            var b = Runs.Play(scaled, scaled.FindStrategy(strategy.Name));

            Assert.Equal(a.Score, b.Score, 9);
            Assert.Equal(a.Metrics.MissionCapabilityMean, b.Metrics.MissionCapabilityMean, 12);
            Assert.Equal(a.Metrics.MissionShortfall * k, b.Metrics.MissionShortfall, 6);
        }
    }

    private static (double, double, double, double, double, double) Week(TickRecord t) =>
        (t.MissionCapability, t.Spend, t.CumulativeCost, t.Shortfall, t.IncumbentTrust, t.ReputationalRisk);
}
