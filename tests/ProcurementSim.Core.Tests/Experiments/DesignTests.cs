using ProcurementSim.Core.Experiments.Designs;
using ProcurementSim.Core.Experiments.Distributions;

namespace ProcurementSim.Core.Tests.Experiments;

public sealed class DesignTests
{
    private static readonly Distribution[] UnitCube = [new UniformDistribution(0, 1), new UniformDistribution(0, 1), new UniformDistribution(0, 1)];
    private static readonly ulong[] Keys = [DesignStreams.Key("x"), DesignStreams.Key("y"), DesignStreams.Key("z")];

    private static double[][] Samples(ISampleDesign design, int inputs) =>
        [.. Enumerable.Range(0, design.Samples).Select(i =>
        {
            var values = new double[inputs];
            design.Fill(i, values);
            return values;
        })];

    [Fact]
    public void Lhs_puts_exactly_one_sample_in_each_stratum_of_each_input()
    {
        const int n = 50;
        var samples = Samples(new LatinHypercubeDesign(UnitCube, Keys, seed: 7, n), UnitCube.Length);
        for (var j = 0; j < UnitCube.Length; j++)
        {
            // On uniform(0, 1) the quantile is the identity, so floor(value × n) is the stratum of the sample.
            var strata = samples.Select(s => (int)Math.Floor(s[j] * n)).Order().ToArray();
            Assert.Equal(Enumerable.Range(0, n), strata);
        }
    }

    [Fact]
    public void Lhs_strata_are_permuted_independently_per_input()
    {
        var samples = Samples(new LatinHypercubeDesign(UnitCube, Keys, seed: 7, 50), UnitCube.Length);
        var first = samples.Select(s => (int)(s[0] * 50)).ToArray();
        var second = samples.Select(s => (int)(s[1] * 50)).ToArray();
        Assert.NotEqual(first, second);
        Assert.NotEqual(Enumerable.Range(0, 50), first); // not the identity order either
    }

    [Fact]
    public void Designs_are_pure_functions_of_seed_and_sample()
    {
        var a = Samples(new LatinHypercubeDesign(UnitCube, Keys, seed: 11, 20), 3);
        var b = Samples(new LatinHypercubeDesign(UnitCube, Keys, seed: 11, 20), 3);
        var c = Samples(new LatinHypercubeDesign(UnitCube, Keys, seed: 12, 20), 3);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);

        var mc = new MonteCarloDesign(UnitCube, Keys, seed: 11, samples: 20);
        var backwards = Enumerable.Range(0, 20).Reverse().Select(i =>
        {
            var v = new double[3];
            mc.Fill(i, v);
            return v;
        }).Reverse().ToArray();
        Assert.Equal(Samples(mc, 3), backwards);
    }

    [Fact]
    public void Monte_carlo_values_come_from_the_distribution()
    {
        Distribution[] inputs = [new UniformDistribution(10, 20), new DiscreteDistribution([3, 5])];
        var samples = Samples(new MonteCarloDesign(inputs, Keys[..2], seed: 3, samples: 400), 2);
        Assert.All(samples, s => Assert.InRange(s[0], 10, 20));
        Assert.All(samples, s => Assert.Contains(s[1], new[] { 3.0, 5.0 }));
        // 400 fair draws of two values: each appears between 150 and 250 times unless the draws are badly biased (p < 1e-6).
        Assert.InRange(samples.Count(s => s[1] == 3), 150, 250);
    }

    [Fact]
    public void An_inputs_values_follow_its_name_not_its_place_in_the_list()
    {
        // Names, not positions (MODEL.md §4.1): the same three inputs listed backwards get the same values, column
        // for column; a renamed input gets other values and leaves the others alone.
        ulong[] backwards = [.. Keys.Reverse()];
        ulong[] renamed = [DesignStreams.Key("x"), DesignStreams.Key("renamed"), DesignStreams.Key("z")];
        foreach (var design in (Func<IReadOnlyList<ulong>, ISampleDesign>[])
            [k => new MonteCarloDesign(UnitCube, k, seed: 5, samples: 30), k => new LatinHypercubeDesign(UnitCube, k, seed: 5, 30)])
        {
            var a = Samples(design(Keys), 3);
            var b = Samples(design(backwards), 3);
            var c = Samples(design(renamed), 3);
            Assert.Equal(a.Select(v => v.Reverse().ToArray()), b);
            Assert.Equal(a.Select(v => (v[0], v[2])), c.Select(v => (v[0], v[2])));
            Assert.NotEqual(a.Select(v => v[1]), c.Select(v => v[1]));
        }
    }

    [Fact]
    public void Factorial_crosses_every_level_once_with_the_last_input_fastest()
    {
        Distribution[] inputs = [new DiscreteDistribution([1, 2, 3]), new BernoulliDistribution(0.3)];
        var design = new FactorialDesign(inputs, levels: 5);
        var samples = Samples(design, 2);
        Assert.Equal(6, design.Samples);
        Assert.Equal(new[] { 1.0, 0 }, samples[0]);
        Assert.Equal(new[] { 1.0, 1 }, samples[1]);
        Assert.Equal(new[] { 2.0, 0 }, samples[2]);
        Assert.Equal(new[] { 3.0, 1 }, samples[5]);
    }

    [Fact]
    public void Factorial_levels_of_a_continuous_input_are_stratum_midpoints()
    {
        var design = new FactorialDesign([new UniformDistribution(0, 10)], levels: 4);
        // Midpoints of 4 equal-probability strata of uniform(0, 10): quantiles at 1/8, 3/8, 5/8, 7/8.
        Assert.Equal(new[] { 1.25, 3.75, 6.25, 8.75 }, Samples(design, 1).Select(s => s[0]));
    }

    [Fact]
    public void Factorial_counts_points_without_overflow()
    {
        var inputs = Enumerable.Range(0, 30).Select(_ => (Distribution)new UniformDistribution(0, 1)).ToList();
        Assert.True(FactorialDesign.Points(inputs, 10) > FactorialDesign.MaxPoints);
        Assert.Equal(1000, FactorialDesign.Points(inputs.Take(3).ToList(), 10));
    }
}
