using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Tests.Support;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Reporting.Text;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Cli.Tests.Output;

public sealed class MetricDisplayTests
{
    private static readonly Scenario Teaching = ScenarioLoader.LoadFile(ReferenceScenarios.TeachingMinimalPath).Scenario!;

    private static RunMetrics Metrics(int? transitionWeeks = null, bool completed = false, double cost = 0) =>
        new()
        {
            MissionCapabilityMean = 0.8437, MissionCapabilityMin = 0.5, CapabilityGapWeeks = 3, CapabilityGapDepth = 0.1,
            MissionShortfall = 10, ShortfallByCategory = [10], TransitionWeeks = transitionWeeks, TransitionCompleted = completed,
            TotalCost = cost, Cost = new CostBreakdown(cost, 0, 0, 0), ShortfallCost = null, PolicyConflicts = 0, RedLineBreaches = 0,
            ProhibitedUseExposure = 0, ProhibitedUseIncidents = 0, EthicalExposure = 0, VendorConcentrationHhi = 10_000,
            IncumbentTrustFinal = 0.5, ReputationalRisk = 0.1,
        };

    [Fact]
    public void Capability_is_a_percentage_with_one_decimal()
    {
        Assert.Equal("84.4%", MetricDisplay.Value(MetricNames.MissionCapabilityMean, Metrics()));
    }

    [Fact]
    public void Cost_has_thousands_separators_and_no_decimals()
    {
        Assert.Equal("123,456,789", MetricDisplay.Value(MetricNames.TotalCost, Metrics(cost: 123_456_789.4)));
    }

    [Fact]
    public void Weeks_are_whole_numbers()
    {
        Assert.Equal("3 weeks", MetricDisplay.Value(MetricNames.CapabilityGapWeeks, Metrics()));
        Assert.Equal("12 weeks", MetricDisplay.Value(MetricNames.TransitionWeeks, Metrics(12, completed: true)));
    }

    [Fact]
    public void An_unfinished_transition_is_shown_as_censored()
    {
        var m = Metrics(20, completed: false);

        Assert.Equal("≥ 20 weeks", MetricDisplay.Value(MetricNames.TransitionWeeks, m));
        Assert.StartsWith("censored", MetricDisplay.Note(MetricNames.TransitionWeeks, m, Teaching), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_without_a_transition_says_so_rather_than_zero_weeks()
    {
        var m = Metrics(null, completed: false);

        Assert.Equal("—", MetricDisplay.Value(MetricNames.TransitionWeeks, m));
        Assert.Equal("—", MetricDisplay.Value(MetricNames.EconomicCost, m)); // and no priced shortfall: no economic cost
    }

    [Fact]
    public void The_gap_note_names_the_scenario_threshold()
    {
        Assert.Equal("weeks below the 70% threshold", MetricDisplay.Note(MetricNames.CapabilityGapWeeks, Metrics(), Teaching));
    }

    [Fact]
    public void Every_metric_has_a_readable_label()
    {
        Assert.All(MetricNames.All, n => Assert.NotEqual(n, MetricDisplay.Label(n)));
    }
}
