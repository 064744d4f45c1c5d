using ProcurementSim.Analysis.Optimization;

namespace ProcurementSim.Analysis.Tests.Optimization;

public sealed class HypervolumeTests
{
    [Fact]
    public void Two_points_in_two_objectives_cover_the_union_of_their_rectangles()
    {
        // (1,3) covers 3×1 = 3 of the box up to (4,4); (2,1) covers 2×3 = 6; they share 2×1 = 2: 7.
        Assert.Equal(7, Hypervolume.Of([[1.0, 3], [2.0, 1]], [4, 4]), 12);
    }

    [Fact]
    public void Dominated_points_and_points_beyond_the_reference_add_nothing()
    {
        Assert.Equal(7, Hypervolume.Of([[1.0, 3], [2.0, 1], [3.0, 3], [0.5, 5]], [4, 4]), 12);
        Assert.Equal(0, Hypervolume.Of([[5.0, 1]], [4, 4]));
    }

    [Fact]
    public void Three_objectives_match_inclusion_and_exclusion_of_boxes()
    {
        // Boxes to (2,2,2): a = (0,1,1) → 2·1·1 = 2, b = (1,0,1) → 1·2·1 = 2, c = (1,1,0) → 1·1·2 = 2.
        // Pairwise intersections 1·1·1 = 1 each, triple 1: 6 − 3 + 1 = 4.
        Assert.Equal(4, Hypervolume.Of([[0.0, 1, 1], [1.0, 0, 1], [1.0, 1, 0]], [2, 2, 2]), 12);
    }

    [Fact]
    public void A_dense_sample_of_the_sphere_octant_approaches_its_analytic_volume()
    {
        var points = new List<double[]>();
        for (var i = 0; i <= 60; i++)
        {
            for (var j = 0; j <= 60; j++)
            {
                var (a, b) = (i / 60.0 * Math.PI / 2, j / 60.0 * Math.PI / 2);
                points.Add([Math.Cos(a) * Math.Cos(b), Math.Cos(a) * Math.Sin(b), Math.Sin(a)]);
            }
        }

        var volume = Hypervolume.Of(points, [1.1, 1.1, 1.1]);

        Assert.InRange(volume, 0.97 * TestProblems.Dtlz2TrueVolume(1.1), TestProblems.Dtlz2TrueVolume(1.1));
    }
}
