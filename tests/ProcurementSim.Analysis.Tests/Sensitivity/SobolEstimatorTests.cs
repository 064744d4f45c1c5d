using ProcurementSim.Analysis.Sensitivity;

namespace ProcurementSim.Analysis.Tests.Sensitivity;

public class SobolEstimatorTests
{
    [Fact]
    public void The_analytic_Ishigami_indices_are_the_published_ones()
    {
        // Guards the formulas the estimator is checked against (Saltelli et al. 2008; SALib's Ishigami test values).
        Assert.Equal([0.3139, 0.4424, 0], Ishigami.First.Select(v => Math.Round(v, 4)));
        Assert.Equal([0.5576, 0.4424, 0.2437], Ishigami.Total.Select(v => Math.Round(v, 4)));
    }

    [Fact]
    public void On_the_Ishigami_function_the_estimates_fall_within_three_standard_errors_of_the_analytic_indices()
    {
        // N = 2^15 base rows. The estimators are means of per-row terms, so their standard error is sd(term)/(V√N); on
        // Ishigami sd(term)/V is at most about 1.6 (the S_i term f_B(f_AB_i − f_A)), so SE ≤ 1.6/√32768 ≈ 0.009 and 0.03 is
        // over three standard errors: a correct estimator passes for any seed, a wrong one (another formula, swapped
        // blocks, no centring of V) misses by far more.
        const int rows = 1 << 15;
        var values = Ishigami.Sample(rows, seed: 1);
        var (first, total) = (new double[3], new double[3]);
        var variance = SobolEstimator.Estimate(values, 3, [], first, total);

        Assert.Equal(Ishigami.Variance, variance, Ishigami.Variance * 0.03);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs(first[i] - Ishigami.First[i]) < 0.03, $"S{i + 1} = {first[i]}, analytic {Ishigami.First[i]}");
            Assert.True(Math.Abs(total[i] - Ishigami.Total[i]) < 0.03, $"ST{i + 1} = {total[i]}, analytic {Ishigami.Total[i]}");
        }
    }

    [Fact]
    public void The_standard_error_the_tolerance_rests_on_holds_on_Ishigami()
    {
        // The claim behind the 0.03 tolerance above: sd of each per-row term over V is below 1.6.
        var values = Ishigami.Sample(1 << 15, seed: 2);
        var rows = values.Length / 5;
        var v = Ishigami.Variance;
        var mean = Enumerable.Range(0, rows).Average(j => (values[j * 5] + values[(j * 5) + 1]) / 2);
        for (var i = 0; i < 3; i++)
        {
            var s = Enumerable.Range(0, rows).Select(j => (values[(j * 5) + 1] - mean) * (values[(j * 5) + 2 + i] - values[j * 5])).ToArray();
            var t = Enumerable.Range(0, rows).Select(j => Math.Pow(values[(j * 5) + 2 + i] - values[j * 5], 2) / 2).ToArray();
            Assert.True(Sd(s) / v < 1.6, $"sd of the S{i + 1} term over V: {Sd(s) / v}");
            Assert.True(Sd(t) / v < 1.6, $"sd of the ST{i + 1} term over V: {Sd(t) / v}");
        }
    }

    [Fact]
    public void A_constant_output_has_every_index_0_not_NaN()
    {
        var values = Enumerable.Repeat(4.2, 10 * 4).ToArray();
        var (first, total) = (new double[2], new double[2]);

        var variance = SobolEstimator.Estimate(values, 2, [], first, total);

        Assert.Equal(0, variance);
        Assert.Equal([0, 0], first);
        Assert.Equal([0, 0], total);
    }

    [Fact]
    public void An_input_that_changes_nothing_has_both_indices_exactly_0()
    {
        // f = x1 + 0·x2: the AB_2 rows equal the A rows, so the input's terms vanish.
        var random = new Random(5);
        var values = new double[50 * 4];
        for (var j = 0; j < 50; j++)
        {
            var (a, b) = (random.NextDouble(), random.NextDouble());
            (values[j * 4], values[(j * 4) + 1], values[(j * 4) + 2], values[(j * 4) + 3]) = (a, b, b, a);
        }

        var (first, total) = (new double[2], new double[2]);
        SobolEstimator.Estimate(values, 2, [], first, total);

        Assert.Equal(0, first[1]);
        Assert.Equal(0, total[1]);
        Assert.True(total[0] > 0.5, $"ST1 = {total[0]}");
    }

    [Fact]
    public void Rows_with_a_value_that_is_not_a_number_are_left_out_and_counts_weight_the_rest()
    {
        var values = Ishigami.Sample(200, seed: 3);
        var withGap = (double[])values.Clone();
        withGap[(7 * 5) + 3] = double.NaN;
        var counts = Enumerable.Repeat(1, 200).ToArray();
        counts[7] = 0;
        var (f1, t1, f2, t2) = (new double[3], new double[3], new double[3], new double[3]);

        SobolEstimator.Estimate(withGap, 3, [], f1, t1);
        SobolEstimator.Estimate(values, 3, counts, f2, t2);

        Assert.Equal(f2, f1);
        Assert.Equal(t2, t1);
        Assert.NotEqual(f2, SobolOf(values).First);
    }

    [Fact]
    public void Bootstrap_counts_draw_every_row_n_times_in_all_and_depend_only_on_seed_and_resample()
    {
        var (a, b, c) = (new int[100], new int[100], new int[100]);
        SobolBootstrap.Counts(7, 3, a);
        SobolBootstrap.Counts(7, 3, b);
        SobolBootstrap.Counts(7, 4, c);

        Assert.Equal(100, a.Sum());
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Contains(0, a);
    }

    private static (double[] First, double[] Total) SobolOf(double[] values)
    {
        var (first, total) = (new double[3], new double[3]);
        SobolEstimator.Estimate(values, 3, [], first, total);
        return (first, total);
    }

    private static double Sd(double[] x)
    {
        var mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
    }
}
