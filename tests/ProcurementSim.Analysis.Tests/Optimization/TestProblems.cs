using ProcurementSim.Analysis.Optimization;

namespace ProcurementSim.Analysis.Tests.Optimization;

/// <summary>Zitzler, Deb &amp; Thiele (2000)'s ZDT1–3 and Deb, Thiele, Laumanns &amp; Zitzler (2002)'s DTLZ2, with their true fronts.</summary>
internal static class TestProblems
{
    public static DecisionVariable[] Unit(int count) => [.. Enumerable.Range(0, count).Select(i => new DecisionVariable($"x{i}", 0, 1, false))];

    public static double[] Zdt1(double[] x) => Zdt(x, (f1, g) => 1 - Math.Sqrt(f1 / g));

    public static double[] Zdt2(double[] x) => Zdt(x, (f1, g) => 1 - (f1 / g) * (f1 / g));

    public static double[] Zdt3(double[] x) => Zdt(x, (f1, g) => 1 - Math.Sqrt(f1 / g) - f1 / g * Math.Sin(10 * Math.PI * f1));

    /// <summary>DTLZ2 with three objectives: the true front is the positive octant of the unit sphere.</summary>
    public static double[] Dtlz2(double[] x)
    {
        var g = x.Skip(2).Sum(v => (v - 0.5) * (v - 0.5));
        var (a, b) = (x[0] * Math.PI / 2, x[1] * Math.PI / 2);
        return [(1 + g) * Math.Cos(a) * Math.Cos(b), (1 + g) * Math.Cos(a) * Math.Sin(b), (1 + g) * Math.Sin(a)];
    }

    /// <summary>ZDT1's front (f2 = 1 − √f1 on [0, 1]) against (r, r): ∫(r − 1 + √x)dx + (r − 1)·r = r − 1 + 2/3 + (r − 1)r.</summary>
    public static double Zdt1TrueVolume(double r) => r - 1 + 2.0 / 3 + (r - 1) * r;

    /// <summary>ZDT2's front (f2 = 1 − f1²) against (r, r): r − 1 + 1/3 + (r − 1)r.</summary>
    public static double Zdt2TrueVolume(double r) => r - 1 + 1.0 / 3 + (r - 1) * r;

    /// <summary>
    /// ZDT3's front is the non-dominated part of f2 = 1 − √f1 − f1 sin(10π f1) on [0, 1] (five pieces). Its volume is
    /// computed from 100,001 evenly spaced points of that curve: the sampling error is below 1e-4 of the volume.
    /// </summary>
    public static double Zdt3TrueVolume(double r)
    {
        var curve = Enumerable.Range(0, 100_001).Select(i => i / 100_000.0).Select(f1 => new[] { f1, 1 - Math.Sqrt(f1) - f1 * Math.Sin(10 * Math.PI * f1) }).ToList();
        return Hypervolume.Of(curve, [r, r]);
    }

    /// <summary>DTLZ2's front (the unit sphere's positive octant) against (r, r, r): r³ − π/6.</summary>
    public static double Dtlz2TrueVolume(double r) => r * r * r - Math.PI / 6;

    public static Func<IReadOnlyList<double[]>, double[][]?> Batch(Func<double[], double[]> f) => batch => [.. batch.Select(f)];

    private static double[] Zdt(double[] x, Func<double, double, double> h)
    {
        var f1 = x[0];
        var g = 1 + 9 * x.Skip(1).Sum() / (x.Length - 1);
        return [f1, g * h(f1, g)];
    }
}
