using ProcurementSim.Core.Experiments.Designs;
using ProcurementSim.Core.Experiments.Distributions;

namespace ProcurementSim.Core.Tests.Experiments;

public class StratumPermutationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(1_000)]
    [InlineData(4_097)]
    public void Every_stratum_comes_exactly_once(int n)
    {
        var permutation = new StratumPermutation(seed: 5, key: 99, n);

        var strata = Enumerable.Range(0, n).Select(permutation.Of).ToArray();

        Assert.Equal(Enumerable.Range(0, n), strata.Order());
    }

    [Fact]
    public void Another_input_or_seed_shuffles_otherwise_and_the_same_shuffles_alike()
    {
        int[] Strata(ulong seed, ulong key) => [.. Enumerable.Range(0, 200).Select(new StratumPermutation(seed, key, 200).Of)];

        Assert.Equal(Strata(5, 1), Strata(5, 1));
        Assert.NotEqual(Strata(5, 1), Strata(5, 2));
        Assert.NotEqual(Strata(5, 1), Strata(6, 1));
        Assert.NotEqual(Enumerable.Range(0, 200), Strata(5, 1));
    }

    [Fact]
    public void A_latin_hypercube_of_ten_million_samples_holds_nothing_per_sample()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var design = new LatinHypercubeDesign([new UniformDistribution(0, 1), new UniformDistribution(0, 1)], [1UL, 2UL], seed: 3, samples: 10_000_000);
        var values = new double[2];
        design.Fill(9_999_999, values);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024, "the design allocated per sample");
        Assert.All(values, v => Assert.InRange(v, 0, 1));
    }
}
