using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Tests.Support;
using ProcurementSim.Testing.Scenarios;

namespace ProcurementSim.Core.Tests.Experiments;

/// <summary>Setting a lever's playbook parameter with the catalog's type.</summary>
public sealed class LeverApplicationTests
{
    private static readonly LeverSpec SolicitWeek = new("sw", "structured_replacement", "solicit_week", new IntegerUniformDistribution(4, 20));
    private static readonly LeverSpec Readiness = new("cr", "structured_replacement", "cutover_readiness", new UniformDistribution(0.6, 0.95));

    [Fact]
    public void A_whole_number_parameter_gets_the_value_rounded_half_away_from_zero_as_an_int()
    {
        var strategy = ReferenceScenarios.StandoffScenario.FindStrategy("structured_replacement")!;

        var changed = LeverApplication.Apply(strategy, SolicitWeek, 12.5);

        Assert.Equal(13, Assert.IsType<int>(changed.Parameters.Values["solicit_week"]));
        // The file's value stays in the original.
        Assert.Equal(8, strategy.Parameters.Int("solicit_week"));
    }

    [Fact]
    public void A_number_parameter_gets_the_value_itself_and_the_others_keep_theirs()
    {
        var strategy = ReferenceScenarios.StandoffScenario.FindStrategy("structured_replacement")!;

        var changed = LeverApplication.Apply(strategy, Readiness, 0.734);

        Assert.Equal(0.734, Assert.IsType<double>(changed.Parameters.Values["cutover_readiness"]));
        Assert.Equal(strategy.Parameters.Values.Where(kv => kv.Key != "cutover_readiness"), changed.Parameters.Values.Where(kv => kv.Key != "cutover_readiness"));
    }

    [Fact]
    public void A_lever_of_another_strategy_leaves_a_strategy_as_it_is()
    {
        var strategy = ReferenceScenarios.StandoffScenario.FindStrategy("dual_source")!;

        Assert.Same(strategy, LeverApplication.Apply(strategy, SolicitWeek, 12));
    }

    [Theory]
    // The catalog allows 0.01 to 1 for cutover_readiness.
    [InlineData(1.2)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void A_value_outside_the_catalog_range_is_refused(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            LeverApplication.Apply(ReferenceScenarios.StandoffScenario.FindStrategy("structured_replacement")!, Readiness, value));
}
