using ProcurementSim.Analysis.Statistics;

namespace ProcurementSim.Analysis.Tests.Statistics;

public class DescriptiveTests
{
    [Fact]
    public void Quantiles_follow_hyndman_fan_type_7_and_whiskers_stop_at_one_and_a_half_iqr()
    {
        // Sorted: 1 1 2 3 4 5 6 20 (n = 8). Type 7: h = (n − 1)·p + 1, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
        var stats = Descriptive.Of("score", [3, 1, 4, 1, 5, 20, 2, 6]);

        Assert.Equal(1.0, stats.P10, 12);   // h = 1.7: 1 + 0.7·(1 − 1)
        Assert.Equal(1.75, stats.Q1, 12);   // h = 2.75: 1 + 0.75·(2 − 1)
        Assert.Equal(3.5, stats.P50, 12);   // h = 4.5: 3 + 0.5·(4 − 3)
        Assert.Equal(5.25, stats.Q3, 12);   // h = 6.25: 5 + 0.25·(6 − 5)
        Assert.Equal(10.2, stats.P90, 12);  // h = 7.3: 6 + 0.3·(20 − 6)
        Assert.Equal(1.0, stats.Min);
        Assert.Equal(20.0, stats.Max);
        Assert.Equal(5.25, stats.Mean, 12); // 42 / 8
        // IQR 3.5: fences −3.5 and 10.5, so 20 is beyond the upper whisker, which stops at 6.
        Assert.Equal(1.0, stats.LowerWhisker);
        Assert.Equal(6.0, stats.UpperWhisker);
    }

    [Fact]
    public void Standard_deviation_divides_by_n_minus_one()
    {
        // Mean 5; squared deviations 9, 1, 1, 9 sum to 20; 20 / 3.
        var stats = Descriptive.Of("total_cost", [2, 4, 6, 8]);

        Assert.Equal(Math.Sqrt(20.0 / 3), stats.StdDev, 12);
    }

    [Fact]
    public void A_single_run_has_zero_spread_and_no_runs_give_undefined_statistics()
    {
        var one = Descriptive.Of("score", [42]);
        var none = Descriptive.Of("score", []);

        Assert.Equal(0, one.StdDev);
        Assert.Equal(42, one.P10);
        Assert.Equal(42, one.UpperWhisker);
        Assert.True(double.IsNaN(none.Mean));
        Assert.True(double.IsNaN(none.P90));
    }
}
