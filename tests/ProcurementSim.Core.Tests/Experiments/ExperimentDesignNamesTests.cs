using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Core.Tests.Experiments;

/// <summary>What the designs are called on the command line and in the outputs, read back the same.</summary>
public sealed class ExperimentDesignNamesTests
{
    [Theory]
    [InlineData(ExperimentDesign.LatinHypercube, "lhs")]
    [InlineData(ExperimentDesign.MonteCarlo, "mc")]
    [InlineData(ExperimentDesign.Factorial, "factorial")]
    [InlineData(ExperimentDesign.Sobol, "sobol")]
    public void Each_design_has_one_name_that_parses_back_to_it(ExperimentDesign design, string name)
    {
        Assert.Equal(name, ExperimentDesignNames.Of(design));
        Assert.True(ExperimentDesignNames.TryParse(name, out var parsed));
        Assert.Equal(design, parsed);
    }

    [Fact]
    public void An_unknown_name_parses_to_nothing_and_the_names_are_listed_for_a_sentence()
    {
        Assert.False(ExperimentDesignNames.TryParse("LHS", out _));
        Assert.Equal("lhs, mc, factorial or sobol", ExperimentDesignNames.Listed);
    }
}
