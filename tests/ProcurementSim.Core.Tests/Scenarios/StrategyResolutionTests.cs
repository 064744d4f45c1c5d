using ProcurementSim.Testing.Scenarios;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Tests.Support;

namespace ProcurementSim.Core.Tests.Scenarios;

/// <summary>The one rule for which strategy a run plays (procsim, StartRun and InitRun all call it).</summary>
public sealed class StrategyResolutionTests
{
    private static readonly Scenario Teaching = ReferenceScenarios.Load("teaching-minimal.yaml");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_run_that_names_no_strategy_plays_the_scenarios_first(string? name)
    {
        Assert.Same(Teaching.Strategies[0], StrategyResolution.Resolve(Teaching, name).Strategy);
    }

    [Fact]
    public void A_named_strategy_is_played_and_an_unknown_name_plays_none_but_lists_the_known_ones()
    {
        Assert.Same(Teaching.Strategies[^1], StrategyResolution.Resolve(Teaching, Teaching.Strategies[^1].Name).Strategy);

        var unknown = StrategyResolution.Resolve(Teaching, "no_such_strategy");

        Assert.Null(unknown.Strategy);
        Assert.False(unknown.ScenarioHasNone);
        Assert.Equal(Teaching.Strategies.Select(s => s.Name), unknown.Known);
    }

    [Fact]
    public void A_scenario_without_strategies_has_none_to_play_named_or_not()
    {
        var empty = Teaching with { Strategies = [] };

        Assert.All(new[] { null, "", "status_quo" }, name =>
        {
            var resolution = StrategyResolution.Resolve(empty, name);
            Assert.Null(resolution.Strategy);
            Assert.True(resolution.ScenarioHasNone);
        });
    }
}
