namespace ProcurementSim.Analysis.Sensitivity;

/// <summary>
/// First-order and total-order Sobol indices from Saltelli's sampling (Saltelli et al. 2010, table 2: S_i after
/// Saltelli 2010 (b), ST_i after Jansen 1999 (f)). The values of one output are laid out row by row as
/// <see cref="Core.Experiments.SobolLayout"/> places samples: f_A, f_B, then f_AB^(i) for each input i. A row counts
/// <c>counts[j]</c> times (a bootstrap resample) or once; a row with a value that is not finite (a metric that does not
/// apply) is left out.
/// </summary>
internal static class SobolEstimator
{
    /// <summary>
    /// Writes S_i into <paramref name="first"/> and ST_i into <paramref name="total"/> and returns V, the variance of the
    /// f_A and f_B values together (divided by their number). The outputs are centred on the mean of those values
    /// first, which leaves every index the same in expectation and keeps a large mean out of the estimator's noise.
    /// V = 0 (a constant output) gives every index 0; no row gives NaN.
    /// </summary>
    public static double Estimate(ReadOnlySpan<double> values, int inputs, ReadOnlySpan<int> counts, Span<double> first, Span<double> total)
    {
        var blocks = inputs + 2;
        var rows = values.Length / blocks;
        double weight = 0, sum = 0, origin = double.NaN;
        for (var j = 0; j < rows; j++)
        {
            var c = counts.IsEmpty ? 1 : counts[j];
            if (c == 0 || !Usable(values.Slice(j * blocks, blocks))) continue;
            // Summed as offsets from the first value used, so that a constant output has a mean of exactly that value
            // and V of exactly 0 (a sum of equal values divided back is not always the value in floating point).
            if (double.IsNaN(origin)) origin = values[j * blocks];
            weight += c;
            sum += c * (values[j * blocks] - origin + (values[(j * blocks) + 1] - origin));
        }

        if (weight == 0)
        {
            first.Fill(double.NaN);
            total.Fill(double.NaN);
            return double.NaN;
        }

        var mean = origin + (sum / (2 * weight));
        double squares = 0;
        first.Clear();
        total.Clear();
        for (var j = 0; j < rows; j++)
        {
            var c = counts.IsEmpty ? 1 : counts[j];
            var row = values.Slice(j * blocks, blocks);
            if (c == 0 || !Usable(row)) continue;
            var (a, b) = (row[0] - mean, row[1] - mean);
            squares += c * ((a * a) + (b * b));
            for (var i = 0; i < inputs; i++)
            {
                var d = row[i + 2] - row[0];
                first[i] += c * b * d;
                total[i] += c * d * d;
            }
        }

        var variance = squares / (2 * weight);
        for (var i = 0; i < inputs; i++)
        {
            first[i] = variance > 0 ? first[i] / weight / variance : 0;
            total[i] = variance > 0 ? total[i] / (2 * weight) / variance : 0;
        }

        return variance;
    }

    private static bool Usable(ReadOnlySpan<double> row)
    {
        foreach (var v in row)
        {
            if (!double.IsFinite(v)) return false;
        }

        return true;
    }
}
