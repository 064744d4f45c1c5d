namespace ProcurementSim.Analysis.Tests.Sensitivity;

/// <summary>
/// The Ishigami function f = sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³ (Ishigami &amp; Homma 1990), a = 7, b = 0.1, and
/// its analytic Sobol indices (Saltelli et al. 2008, §4.2.2): V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½, V1 = ½(1 + bπ⁴/5)²,
/// V2 = a²/8, V3 = 0, V13 = b²π⁸(1/18 − 1/50); ST1 = (V1 + V13)/V, ST2 = V2/V, ST3 = V13/V.
/// </summary>
internal static class Ishigami
{
    public const double A = 7;
    public const double B = 0.1;

    private static readonly double Pi4 = Math.Pow(Math.PI, 4);
    private static readonly double Pi8 = Math.Pow(Math.PI, 8);

    public static double Variance => (A * A / 8) + (B * Pi4 / 5) + (B * B * Pi8 / 18) + 0.5;

    private static double V1 => 0.5 * Math.Pow(1 + (B * Pi4 / 5), 2);

    private static double V2 => A * A / 8;

    private static double V13 => B * B * Pi8 * ((1.0 / 18) - (1.0 / 50));

    public static double[] First => [V1 / Variance, V2 / Variance, 0];

    public static double[] Total => [(V1 + V13) / Variance, V2 / Variance, V13 / Variance];

    public static double F(double x1, double x2, double x3) => Math.Sin(x1) + (A * Math.Pow(Math.Sin(x2), 2)) + (B * Math.Pow(x3, 4) * Math.Sin(x1));

    /// <summary>
    /// Saltelli's sampling of f over <paramref name="rows"/> base rows, laid out as SobolLayout places samples (per row:
    /// f_A, f_B, f_AB1, f_AB2, f_AB3), with seeded independent uniform draws.
    /// </summary>
    public static double[] Sample(int rows, int seed) => [.. Points(rows, seed).Select(x => F(x[0], x[1], x[2]))];

    /// <summary>The input points of <see cref="Sample"/>, sample by sample.</summary>
    public static IEnumerable<double[]> Points(int rows, int seed)
    {
        var random = new Random(seed);
        for (var j = 0; j < rows; j++)
        {
            double[] a = [.. Enumerable.Range(0, 3).Select(_ => (random.NextDouble() * 2 * Math.PI) - Math.PI)];
            double[] b = [.. Enumerable.Range(0, 3).Select(_ => (random.NextDouble() * 2 * Math.PI) - Math.PI)];
            yield return a;
            yield return b;
            for (var i = 0; i < 3; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                yield return ab;
            }
        }
    }
}
