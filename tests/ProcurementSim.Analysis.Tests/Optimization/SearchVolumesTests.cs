using ProcurementSim.Analysis.LeverSearch;

namespace ProcurementSim.Analysis.Tests.Optimization;

public sealed class SearchVolumesTests
{
    [Fact]
    public void Every_generation_is_measured_on_the_scale_of_the_best_and_worst_values_of_all_fronts()
    {
        // Generation 0 holds (1, 1), generation 1 (0, 1) and (1, 0): best 0, worst 1 in both objectives.
        // Against (1.1, 1.1): 0.1 · 0.1 = 0.01; then 1.1 · 0.1 + 0.1 · 1.1 − 0.1 · 0.1 = 0.21.
        var (low, high, volumes) = SearchVolumes.Of([[[1.0, 1.0]], [[0.0, 1.0], [1.0, 0.0]]], 2);

        Assert.Equal([0.0, 0.0], low);
        Assert.Equal([1.0, 1.0], high);
        Assert.Equal(0.01, volumes[0].Hypervolume, 12);
        Assert.Equal(0.21, volumes[1].Hypervolume, 12);
        Assert.Equal([1, 2], volumes.Select(v => v.FrontSize));
    }

    [Fact]
    public void An_objective_that_never_changes_maps_to_0_and_an_infinite_value_adds_nothing()
    {
        var (_, _, volumes) = SearchVolumes.Of([[[3.0, 2.0], [4.0, double.PositiveInfinity]]], 2);

        // (3, 2) is the best and worst of the first objective, and the only finite value of the second: (0, 0) → 1.1².
        Assert.Equal(1.21, volumes[0].Hypervolume, 12);
    }
}
