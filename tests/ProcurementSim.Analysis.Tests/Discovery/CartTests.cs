using ProcurementSim.Analysis.Discovery;

namespace ProcurementSim.Analysis.Tests.Discovery;

public class CartTests
{
    [Fact]
    public void A_threshold_failure_is_one_split_at_the_midpoint()
    {
        // x = 0..19, failures x ≥ 15: splitting between 14 and 15 leaves two pure leaves (Gini 0), so the tree stops there;
        // the failing leaf is x > 14.5, all 5 cases in 5 runs. Minimum leaf ⌊0.05 × 20⌋ = 1 run.
        var x = Enumerable.Range(0, 20).Select(i => (double)i).ToArray();
        var (leaves, boxes) = Cart.Run([new DiscoveryInput("x", x, false)], [.. x.Select(v => v >= 15)]);

        Assert.Equal(2, leaves);
        var box = Assert.Single(boxes);
        Assert.Equal((1.0, 1.0, 0.25, 1), (box.Coverage, box.Density, box.Mass, box.Step));
        Assert.Equal((14.5, double.PositiveInfinity, true), (box.Limits[0].Low, box.Limits[0].High, box.Limits[0].Restricted));
    }

    [Fact]
    public void Equal_splits_go_to_the_input_listed_first()
    {
        // Two copies of the same column: every split of one is as good as the same split of the other; the first is used.
        var x = Enumerable.Range(0, 20).Select(i => (double)i).ToArray();
        var (_, boxes) = Cart.Run([new DiscoveryInput("a", x, false), new DiscoveryInput("b", x, false)], [.. x.Select(v => v >= 15)]);

        Assert.Equal([true, false], boxes[0].Limits.Select(l => l.Restricted));
    }

    [Fact]
    public void The_tree_recovers_a_planted_box_and_leaves_the_noise_input_alone()
    {
        // 2,000 runs with x1, x2, noise uniform on [0, 1) (seeded); a run fails exactly when x1 < 0.3 and x2 > 0.6.
        var random = new Random(5);
        var n = 2000;
        var (x1, x2, noise) = (new double[n], new double[n], new double[n]);
        for (var i = 0; i < n; i++) (x1[i], x2[i], noise[i]) = (random.NextDouble(), random.NextDouble(), random.NextDouble());
        var cases = Enumerable.Range(0, n).Select(i => x1[i] < 0.3 && x2[i] > 0.6).ToArray();

        var (_, boxes) = Cart.Run(
            [new DiscoveryInput("x1", x1, false), new DiscoveryInput("x2", x2, false), new DiscoveryInput("noise", noise, false)], cases);

        // The densest leaf is pure and holds nearly every case: a greedy split made before the box's second edge was
        // found may leave a case or two in another leaf.
        var box = boxes[0];
        Assert.Equal(1.0, box.Density);
        Assert.True(box.Coverage > 0.95, $"coverage {box.Coverage}");
        Assert.InRange(box.Limits[0].High, 0.29, 0.31);
        Assert.Equal(double.NegativeInfinity, box.Limits[0].Low);
        Assert.InRange(box.Limits[1].Low, 0.59, 0.61);
        Assert.Equal(double.PositiveInfinity, box.Limits[1].High);
        Assert.False(box.Limits[2].Restricted);
    }

    [Fact]
    public void No_tree_without_cases_or_with_nothing_but_cases()
    {
        var x = new DiscoveryInput("x", [1, 2, 3], false);

        Assert.Equal((0, 0), (Cart.Run([x], [false, false, false]).Leaves, Cart.Run([x], [false, false, false]).Boxes.Count));
        Assert.Equal(0, Cart.Run([x], [true, true, true]).Leaves);
    }
}
