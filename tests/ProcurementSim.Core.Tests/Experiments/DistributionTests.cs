using ProcurementSim.Core.Experiments.Distributions;

namespace ProcurementSim.Core.Tests.Experiments;

/// <summary>Quantiles against closed forms worked by hand, and the levels factorial designs cross.</summary>
public sealed class DistributionTests
{
    [Theory]
    // min + u (max - min) on [2, 6].
    [InlineData(0.0, 2.0)]
    [InlineData(0.25, 3.0)]
    [InlineData(0.5, 4.0)]
    public void Uniform_quantile_is_linear_in_u(double u, double expected) =>
        Assert.Equal(expected, new UniformDistribution(2, 6).Quantile(u), 12);

    [Theory]
    // 4..20 holds 17 whole numbers; value = 4 + floor(17 u).
    [InlineData(0.0, 4)]
    [InlineData(0.5, 12)]
    [InlineData(0.999, 20)]
    public void Integer_uniform_quantile_gives_each_whole_number_an_equal_slice(double u, int expected) =>
        Assert.Equal(expected, new IntegerUniformDistribution(4, 20).Quantile(u));

    [Fact]
    public void Triangular_quantile_at_the_modes_cumulative_probability_is_the_mode()
    {
        // F(mode) = (mode - min) / (max - min) = (26 - 16) / (52 - 16) = 10/36.
        var d = new TriangularDistribution(16, 26, 52);

        Assert.Equal(26, d.Quantile(10.0 / 36), 9);
    }

    [Theory]
    // Below the mode: min + sqrt(u (max - min)(mode - min)) = 16 + sqrt(0.1 x 36 x 10) = 16 + 6.
    [InlineData(0.1, 22.0)]
    // Above the mode: max - sqrt((1 - u)(max - min)(max - mode)) = 52 - sqrt(0.5 x 36 x 26) = 52 - sqrt(468).
    [InlineData(0.5, 30.366692347216063)]
    public void Triangular_quantile_follows_the_two_branches_of_its_inverse_cdf(double u, double expected) =>
        Assert.Equal(expected, new TriangularDistribution(16, 26, 52).Quantile(u), 9);

    [Fact]
    public void A_truncated_normal_cut_symmetrically_about_its_mean_has_the_mean_as_median() =>
        Assert.Equal(0.1, new TruncatedNormalDistribution(0.1, 0.05, 0, 0.2).Quantile(0.5), 12);

    [Fact]
    public void A_normal_cut_at_its_mean_is_the_half_normal()
    {
        // Half-normal on [0, 10] (10 sd carries no mass): its median is the normal's 75% quantile, z = 0.6744897501960817.
        var d = new TruncatedNormalDistribution(0, 1, 0, 10);

        Assert.Equal(0.6744897501960817, d.Quantile(0.5), 9);
    }

    [Fact]
    public void Lognormal_median_is_e_to_the_mu_and_one_sigma_up_multiplies_it_by_e_to_the_sigma()
    {
        var d = new LogNormalDistribution(Math.Log(0.005), 0.6);

        Assert.Equal(0.005, d.Quantile(0.5), 12);
        // Phi(1) = 0.8413447460685429; exp(mu + sigma) = 0.005 e^0.6 = 0.005 x 1.8221188003905089.
        Assert.Equal(0.005 * 1.8221188003905089, d.Quantile(0.8413447460685429), 9);
    }

    [Fact]
    public void A_lognormal_cut_below_starts_at_its_min()
    {
        var d = new LogNormalDistribution(Math.Log(0.005), 0.6, min: 0.002, max: 0.05);

        Assert.Equal(0.002, d.Quantile(0), 12);
        Assert.Equal((0.002, 0.05), (d.Min, d.Max));
    }

    [Theory]
    // Weights 1, 2, 1 normalise to 0.25, 0.5, 0.25: cumulative steps at 0.25 and 0.75.
    [InlineData(0.0, 8)]
    [InlineData(0.2499, 8)]
    [InlineData(0.25, 12)]
    [InlineData(0.7499, 12)]
    [InlineData(0.75, 26)]
    [InlineData(0.9999, 26)]
    public void Discrete_quantile_steps_at_the_cumulative_weights(double u, double expected) =>
        Assert.Equal(expected, new DiscreteDistribution([8, 12, 26], [1, 2, 1]).Quantile(u));

    [Theory]
    // Written 26, 8, 12 with weights 1, 1, 2; in increasing order 8 (0.25), 12 (0.5), 26 (0.25): steps at 0.25 and 0.75.
    [InlineData(0.1, 8)]
    [InlineData(0.5, 12)]
    [InlineData(0.8, 26)]
    public void Discrete_quantile_walks_the_values_in_increasing_order_whatever_the_file_order(double u, double expected) =>
        Assert.Equal(expected, new DiscreteDistribution([26, 8, 12], [1, 1, 2]).Quantile(u));

    [Fact]
    public void A_zero_weight_value_is_never_drawn()
    {
        var d = new DiscreteDistribution([1, 2, 3], [1, 0, 1]);
        var top = new DiscreteDistribution([1, 2, 3], [1, 1, 0]);

        // Cumulative 0.5, 0.5, 1: u below 0.5 gives 1, from 0.5 on gives 3.
        Assert.Equal([1.0, 1.0, 3.0, 3.0], [d.Quantile(0), d.Quantile(0.4999), d.Quantile(0.5), d.Quantile(0.9)]);
        // The largest value weighs 0: even the top of the unit interval gives 2.
        Assert.Equal(2, top.Quantile(Math.BitDecrement(1.0)));
    }

    [Theory]
    // P(1) = p = 0.8: the lowest 1 - p = 0.2 of the unit interval gives 0.
    [InlineData(0.0, 0)]
    [InlineData(0.19, 0)]
    [InlineData(0.21, 1)]
    [InlineData(0.99, 1)]
    public void Bernoulli_gives_one_on_the_top_p_of_the_unit_interval(double u, double expected) =>
        Assert.Equal(expected, new BernoulliDistribution(0.8).Quantile(u));

    [Fact]
    public void Bernoulli_with_p_zero_or_one_is_certain()
    {
        Assert.Equal(0, new BernoulliDistribution(0).Quantile(0.999));
        Assert.Equal(1, new BernoulliDistribution(1).Quantile(0));
    }

    [Fact]
    public void Continuous_levels_are_the_midpoints_of_equal_probability_strata() =>
        // Uniform on [0, 10] in 4 strata: quantiles at 1/8, 3/8, 5/8, 7/8.
        Assert.Equal([1.25, 3.75, 6.25, 8.75], new UniformDistribution(0, 10).Levels(4));

    [Fact]
    public void Discrete_levels_are_every_value_in_file_order()
    {
        Assert.Equal([8.0, 12, 26], new DiscreteDistribution([8, 12, 26]).Levels(2));
        Assert.Equal([0.0, 1], new BernoulliDistribution(0.3).Levels(5));
    }

    [Fact]
    public void A_narrow_integer_range_levels_every_whole_number() =>
        Assert.Equal([4.0, 5, 6, 7, 8], new IntegerUniformDistribution(4, 8).Levels(10));

    [Fact]
    public void A_wide_integer_range_levels_one_whole_number_per_stratum() =>
        // 0..99 (100 values) in 4 strata: floor(100 x 1/8) = 12, floor(100 x 3/8) = 37, 62, 87.
        Assert.Equal([12.0, 37, 62, 87], new IntegerUniformDistribution(0, 99).Levels(4));

    [Fact]
    public void A_cumulative_probability_of_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new UniformDistribution(0, 1).Quantile(1));

    [Fact]
    public void Descriptions_name_the_kind_and_its_parameters()
    {
        Assert.Equal("triangular(min 16, mode 26, max 52)", new TriangularDistribution(16, 26, 52).Describe());
        Assert.Equal("lognormal(median 0.005, sigma 0.6, max 0.05)", new LogNormalDistribution(Math.Log(0.005), 0.6, 0, 0.05).Describe());
        Assert.Equal("discrete(8 p 0.25, 12 p 0.5, 26 p 0.25)", new DiscreteDistribution([8, 12, 26], [1, 2, 1]).Describe());
    }
}
