using ProcurementSim.Analysis.Statistics;

namespace ProcurementSim.Analysis.Tests.Statistics;

public class MeanIntervalTests
{
    [Fact]
    public void The_ninety_percent_interval_of_one_to_five_uses_t_with_four_degrees_of_freedom()
    {
        // 1..5: mean 3, s² = (4 + 1 + 0 + 1 + 4) / 4 = 2.5, s/√n = √2.5 / √5 = √0.5 = 0.707107.
        // t(0.95, 4) = 2.131847 (Student t table: 2.132). Half-width 2.131847 × 0.707107 = 1.507443.
        var stats = Descriptive.Of("score", [1, 2, 3, 4, 5]);
        var interval = MeanInterval.Of(stats.Mean, stats.StdDev, 5, 0.9);

        Assert.Equal(0.9, interval.Level);
        Assert.Equal(3 - 1.507443, interval.Low, 5);
        Assert.Equal(3 + 1.507443, interval.High, 5);
    }

    [Fact]
    public void A_higher_level_widens_the_interval()
    {
        // t(0.975, 4) = 2.776445: half-width 2.776445 × 0.707107 = 1.963243.
        var interval = MeanInterval.Of(3, Math.Sqrt(2.5), 5, 0.95);

        Assert.Equal(3 + 1.963243, interval.High, 5);
    }

    [Fact]
    public void One_run_has_no_interval()
    {
        var interval = MeanInterval.Of(3, 0, 1, 0.9);

        Assert.True(double.IsNaN(interval.Low));
        Assert.True(double.IsNaN(interval.High));
    }
}
