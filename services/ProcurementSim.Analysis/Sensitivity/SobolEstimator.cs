using System.Numerics;

namespace ProcurementSim.Analysis.Sensitivity;

/// <summary>
/// First-order and total-order Sobol indices from Saltelli's sampling (Saltelli et al. 2010, table 2: S_i as their (b),
/// after Sobol' et al. 2007; ST_i as their (f), after Jansen 1999). The values of one output are laid out row by row as
/// <see cref="Core.Experiments.SobolLayout"/> places samples: f_A, f_B, then f_AB^(i) for each input i. A row with a value
/// that is not finite (a metric that does not apply) is left out.
/// <para>
/// Every index is a function of weighted sums over the rows of <see cref="Quantities"/> per-row terms, so that a
/// bootstrap resample (row j counted c_j times) costs one pass of multiply-adds over the rows: with o the first used
/// row's f_A, a = f_A − o, b = f_B − o and d_i = f_AB^(i) − f_A, the terms are 1, a, b, a² + b², then per input
/// b·d_i, d_i and d_i² (all 0 for a row left out).
/// </para>
/// </summary>
internal static class SobolEstimator
{
    /// <summary>Terms per row for <paramref name="inputs"/> inputs: 4 + 3k.</summary>
    public static int Quantities(int inputs) => 4 + (3 * inputs);

    /// <summary>
    /// Writes the terms of each row of <paramref name="values"/> into <paramref name="terms"/>, row j's at
    /// <c>j × stride + offset</c>.
    /// </summary>
    public static void Terms(ReadOnlySpan<double> values, int inputs, Span<double> terms, int stride, int offset)
    {
        var blocks = inputs + 2;
        var origin = double.NaN;
        for (var j = 0; j < values.Length / blocks; j++)
        {
            var row = values.Slice(j * blocks, blocks);
            var t = terms.Slice((j * stride) + offset, Quantities(inputs));
            if (!Usable(row))
            {
                t.Clear();
                continue;
            }

            // Offsets from the first used value, so that a constant output has terms of exactly 0 and V of exactly 0.
            if (double.IsNaN(origin)) origin = row[0];
            var (a, b) = (row[0] - origin, row[1] - origin);
            (t[0], t[1], t[2], t[3]) = (1, a, b, (a * a) + (b * b));
            for (var i = 0; i < inputs; i++)
            {
                var d = row[i + 2] - row[0];
                (t[4 + (3 * i)], t[5 + (3 * i)], t[6 + (3 * i)]) = (b * d, d, d * d);
            }
        }
    }

    /// <summary>
    /// Adds <c>counts[j]</c> times row j's terms (once each when <paramref name="counts"/> is empty) into
    /// <paramref name="sums"/>, rows in order. Each sum is taken lane by lane, so its order (row order) and its value do
    /// not depend on the machine's vector width.
    /// </summary>
    public static void Sum(ReadOnlySpan<double> terms, int stride, ReadOnlySpan<int> counts, Span<double> sums)
    {
        sums.Clear();
        var rows = terms.Length / stride;
        var width = Vector<double>.Count;
        for (var j = 0; j < rows; j++)
        {
            var c = counts.IsEmpty ? 1 : counts[j];
            if (c == 0) continue;
            var row = terms.Slice(j * stride, stride);
            var weight = new Vector<double>(c);
            var q = 0;
            for (; q + width <= stride; q += width)
            {
                var acc = new Vector<double>(sums.Slice(q, width));
                (acc + (new Vector<double>(row.Slice(q, width)) * weight)).CopyTo(sums.Slice(q, width));
            }

            for (; q < stride; q++) sums[q] += row[q] * c;
        }
    }

    /// <summary>
    /// Writes S_i into <paramref name="first"/> and ST_i into <paramref name="total"/> from one output's sums of terms,
    /// and returns V. With W = Σ1, m = Σ(a + b)/(2W): V = Σ(a² + b²)/(2W) − m², S_i = (Σ b·d_i − m·Σ d_i)/W/V (f_B
    /// centred on the mean of the f_A and f_B values) and ST_i = Σ d_i²/(2W)/V. V ≤ 0 (a constant output; rounding)
    /// gives V = 0 and every index 0; no row gives NaN.
    /// </summary>
    public static double Indices(ReadOnlySpan<double> sums, int inputs, Span<double> first, Span<double> total)
    {
        var weight = sums[0];
        if (weight == 0)
        {
            first.Fill(double.NaN);
            total.Fill(double.NaN);
            return double.NaN;
        }

        var mean = (sums[1] + sums[2]) / (2 * weight);
        var variance = (sums[3] / (2 * weight)) - (mean * mean);
        if (!(variance > 0))
        {
            first.Clear();
            total.Clear();
            return 0;
        }

        for (var i = 0; i < inputs; i++)
        {
            first[i] = (sums[4 + (3 * i)] - (mean * sums[5 + (3 * i)])) / weight / variance;
            total[i] = sums[6 + (3 * i)] / (2 * weight) / variance;
        }

        return variance;
    }

    /// <summary>The indices of one output laid out as <see cref="Terms"/> reads it, rows counted as <paramref name="counts"/> says (once each when empty); returns V.</summary>
    public static double Estimate(ReadOnlySpan<double> values, int inputs, ReadOnlySpan<int> counts, Span<double> first, Span<double> total)
    {
        var stride = Quantities(inputs);
        var terms = new double[values.Length / (inputs + 2) * stride];
        Terms(values, inputs, terms, stride, 0);
        var sums = new double[stride];
        Sum(terms, stride, counts, sums);
        return Indices(sums, inputs, first, total);
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
