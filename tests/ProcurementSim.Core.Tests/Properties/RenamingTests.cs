using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Tests.Support;

namespace ProcurementSim.Core.Tests.Properties;

/// <summary>
/// Draws follow names (docs/MODEL.md §4.1): renaming a vendor or a category gives its events other draws, so paired
/// runs differ, but no probability changes, so over many seeds the outcome's distribution is the same.
/// </summary>
public sealed class RenamingTests
{
    private const int Seeds = 400;
    private const double Alpha = 0.01;

    public static TheoryData<string, string, string, string> Renames() => new()
    {
        // The bid and accreditation draws of replacement_b (it wins when it bids; it fails a quarter of the time).
        { "vendor", "replacement_b", "alt_vendor_b", "structured_replacement" },
        // The concession draws of a conditional, negotiable category of the incumbent.
        { "category", "battlefield_operations", "combat_operations", "negotiate_carve_out" },
        // The integrator's misuse draws of the incumbent (each misuse a red-line breach).
        { "vendor", "incumbent", "the_lab", "status_quo" },
    };

    [Theory]
    [MemberData(nameof(Renames))]
    public void Renaming_changes_the_draws_but_not_the_distribution_of_the_score(string what, string from, string to, string strategy)
    {
        var text = ScenarioText.Of("usage-policy-standoff.yaml");
        var original = Load(text);
        var renamed = Load(ScenarioText.Rename(text, from, to));
        Assert.Contains(to, what == "vendor" ? renamed.Vendors.Select(v => v.Name) : renamed.Categories.Select(c => c.Name));

        var a = new double[Seeds];
        var b = new double[Seeds];
        var differ = 0;
        for (var i = 0; i < Seeds; i++)
        {
            var seed = (ulong)(1000 + i);
            var x = Simulator.Run(original, original.FindStrategy(strategy)!, seed);
            var y = Simulator.Run(renamed, renamed.FindStrategy(strategy)!, seed);
            (a[i], b[i]) = (x.Score, y.Score);
            if (Story(x) != Story(y, from, to)) differ++;
        }

        // Other draws: a good share of the paired plays take another course.
        Assert.True(differ >= Seeds / 20, $"only {differ} of {Seeds} paired plays differ after renaming {from}");
        // The same distribution: the two-sample Kolmogorov–Smirnov statistic stays below its critical value at
        // alpha 0.01 (asymptotic, c(α) = √(−ln(α/2)/2); conservative for the ties of a discrete outcome), and the
        // means agree by Welch's t test at the same level.
        var d = KolmogorovSmirnov(a, b);
        var critical = Math.Sqrt(-Math.Log(Alpha / 2) / 2) * Math.Sqrt(2.0 / Seeds);
        Assert.True(d < critical, $"KS statistic {d:0.0000} ≥ critical value {critical:0.0000}");
        var (t, df) = Welch(a, b);
        var tCritical = StudentT.InvCDF(0, 1, df, 1 - (Alpha / 2));
        Assert.True(Math.Abs(t) < tCritical, $"Welch t {t:0.000} beyond ±{tCritical:0.000} (means {a.Mean():0.000} and {b.Mean():0.000})");
    }

    [Fact]
    public void Renaming_a_vendor_without_randomness_changes_nothing_but_the_name()
    {
        // The teaching scenario draws nothing that can change a run: a renamed replacement plays the same weeks.
        var text = ScenarioText.Of("teaching-minimal.yaml");
        var original = Load(text);
        var renamed = Load(ScenarioText.Rename(text, "replacement_a", "zz_replacement"));
        foreach (var strategy in original.Strategies)
        {
            var x = Simulator.Run(original, strategy, 5);
            var y = Simulator.Run(renamed, renamed.FindStrategy(strategy.Name)!, 5);
            Assert.Equal(x.Metrics, y.Metrics);
            Assert.Equal(x.Score, y.Score);
        }
    }

    /// <summary>What happened, week by week, with the new name read as the old one.</summary>
    private static string Story(RunResult r, string from = "", string to = "") =>
        string.Join("|", r.Events.Select(e => $"{e.Tick}:{e.Kind}:{(from.Length > 0 ? e.Subject.Replace(to, from, StringComparison.Ordinal) : e.Subject)}"));

    private static double KolmogorovSmirnov(double[] a, double[] b)
    {
        var fa = Statistics.EmpiricalCDFFunc(a);
        var fb = Statistics.EmpiricalCDFFunc(b);
        return a.Concat(b).Max(x => Math.Abs(fa(x) - fb(x)));
    }

    private static (double T, double Df) Welch(double[] a, double[] b)
    {
        var (va, vb) = (a.Variance() / a.Length, b.Variance() / b.Length);
        if (va + vb == 0) return (0, 1);
        var t = (a.Mean() - b.Mean()) / Math.Sqrt(va + vb);
        var df = Math.Pow(va + vb, 2) / ((va * va / (a.Length - 1)) + (vb * vb / (b.Length - 1)));
        return (t, df);
    }

    private static Scenario Load(string yaml)
    {
        var result = ScenarioLoader.LoadText(yaml, "scenario.yaml");
        Assert.True(result.IsValid, string.Join('\n', result.Diagnostics));
        return result.Scenario!;
    }
}
