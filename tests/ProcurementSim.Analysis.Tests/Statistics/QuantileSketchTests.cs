using ProcurementSim.Analysis.Statistics;

namespace ProcurementSim.Analysis.Tests.Statistics;

public class QuantileSketchTests
{
    private static readonly double[] Levels = [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1];

    /// <summary>Values of both signs over nine orders of magnitude, with zeros: a deterministic spread.</summary>
    private static double[] Spread(int n)
    {
        var random = new Random(7);
        return [.. Enumerable.Range(0, n).Select(i => i % 50 == 0 ? 0 : (i % 3 == 0 ? -1 : 1) * Math.Pow(10, -3 + 9 * random.NextDouble()))];
    }

    [Fact]
    public void Every_quantile_is_within_the_relative_accuracy_of_its_order_statistic()
    {
        var values = Spread(20_000);
        var sketch = new QuantileSketch();
        foreach (var v in values) sketch.Add(v);
        var sorted = values.Order().ToArray();

        foreach (var q in Levels)
        {
            var exact = sorted[(int)Math.Floor(q * (sorted.Length - 1))];
            var estimate = sketch.Quantile(q);
            Assert.True(Math.Abs(estimate - exact) <= QuantileSketch.RelativeAccuracy * Math.Abs(exact) * (1 + 1e-12),
                $"q = {q}: {estimate} against {exact}");
        }
        Assert.Equal(values.Length, sketch.Count);
    }

    [Fact]
    public void The_order_values_arrive_in_changes_nothing()
    {
        var values = Spread(5_000);
        var (forward, backward) = (new QuantileSketch(), new QuantileSketch());
        foreach (var v in values) forward.Add(v);
        foreach (var v in values.Reverse()) backward.Add(v);

        Assert.Equal(Levels.Select(forward.Quantile), Levels.Select(backward.Quantile));
    }

    [Fact]
    public void Past_its_width_only_the_smallest_magnitudes_lose_accuracy()
    {
        // 1e-20 … 1e20 needs far more buckets than a store keeps (2,048 cover about 8.9 decades at α = 0.5 %):
        // the quantiles within the top 8 decades must stay within α.
        var values = Enumerable.Range(0, 401).Select(e => Math.Pow(10, (e - 200) / 10.0)).ToArray();
        var sketch = new QuantileSketch();
        foreach (var v in values) sketch.Add(v);

        foreach (var q in new[] { 0.9, 0.95, 1.0 })
        {
            var exact = values[(int)Math.Floor(q * (values.Length - 1))];
            Assert.True(Math.Abs(sketch.Quantile(q) - exact) <= QuantileSketch.RelativeAccuracy * exact * (1 + 1e-12), $"q = {q}");
        }
        Assert.True(sketch.Quantile(0) > values[0], "the collapsed lowest bucket stands for the smallest values");
    }

    [Fact]
    public void An_empty_sketch_has_no_quantile_and_nan_is_not_counted()
    {
        var sketch = new QuantileSketch();
        sketch.Add(double.NaN);

        Assert.Equal(0, sketch.Count);
        Assert.True(double.IsNaN(sketch.Quantile(0.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => sketch.Add(double.PositiveInfinity));
    }
}
