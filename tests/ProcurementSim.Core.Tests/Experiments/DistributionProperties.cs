using FsCheck;
using FsCheck.Fluent;
using ProcurementSim.Core.Experiments.Distributions;

namespace ProcurementSim.Core.Tests.Experiments;

/// <summary>For any valid parameters and any u in [0, 1), a quantile lies in the support and grows with u.</summary>
public sealed class DistributionProperties
{
    private static readonly Gen<double> Real = Gen.Choose(-100_000, 100_000).Select(i => i / 100.0);
    private static readonly Gen<double> Width = Gen.Choose(1, 100_000).Select(i => i / 100.0);
    private static readonly Gen<double> Fraction = Gen.Choose(0, 1000).Select(i => i / 1000.0);

    // Both ends of [0, 1) as well as the inside.
    private static readonly Gen<double> U = Gen.OneOf(
        Gen.Choose(0, 999_999).Select(i => i / 1_000_000.0),
        Gen.Elements(0.0, Math.BitDecrement(1.0), 1e-300, 0.5));

    private static readonly Gen<Distribution> Any = Gen.OneOf(
        from a in Real from w in Width select (Distribution)new UniformDistribution(a, a + w),
        from a in Gen.Choose(-1000, 1000) from w in Gen.Choose(1, 1000) select (Distribution)new IntegerUniformDistribution(a, a + w),
        from a in Real from w in Width from f in Fraction select (Distribution)new TriangularDistribution(a, a + f * w, a + w),
        // The window starts within 6 sd of the mean, so it always carries probability.
        from mean in Real from sd in Width from z in Gen.Choose(-600, 600) from w in Gen.Choose(1, 1200)
        select (Distribution)new TruncatedNormalDistribution(mean, sd, mean + sd * z / 100.0, mean + sd * (z + w) / 100.0),
        from mu in Gen.Choose(-10, 10) from sigma in Gen.Choose(5, 300) from cut in Gen.Elements(false, true)
        select (Distribution)(cut
            ? new LogNormalDistribution(mu, sigma / 100.0, Math.Exp(mu - sigma / 100.0), Math.Exp(mu + sigma / 100.0))
            : new LogNormalDistribution(mu, sigma / 100.0)),
        from values in Gen.ArrayOf(Real).Where(v => v.Length > 0)
        from weights in Gen.ArrayOf(Gen.Choose(0, 5).Select(i => (double)i), values.Length).Where(w => w.Sum() > 0)
        select (Distribution)new DiscreteDistribution(values, weights),
        from p in Fraction select (Distribution)new BernoulliDistribution(p));

    [FsCheck.Xunit.Property(MaxTest = 2000, Replay = "(20260301,1234567891)")]
    public Property Every_quantile_lies_within_the_support() =>
        Prop.ForAll(Arb.From(Any), Arb.From(U), (d, u) =>
        {
            var q = d.Quantile(u);
            return (q >= d.Min && q <= d.Max).Label($"{d.Describe()} at u {u:R} gave {q:R}, outside [{d.Min:R}, {d.Max:R}]");
        });

    [FsCheck.Xunit.Property(MaxTest = 2000, Replay = "(20260302,1234567891)")]
    public Property Quantiles_never_decrease_as_u_grows() =>
        Prop.ForAll(Arb.From(Any), Arb.From(U), Arb.From(U), (d, a, b) =>
        {
            var (lo, hi) = a <= b ? (a, b) : (b, a);
            return (d.Quantile(lo) <= d.Quantile(hi)).Label($"{d.Describe()}: Q({lo:R}) > Q({hi:R})");
        });

    [FsCheck.Xunit.Property(MaxTest = 500, Replay = "(20260303,1234567891)")]
    public Property Discrete_kinds_give_only_their_values() =>
        Prop.ForAll(Arb.From(Any), Arb.From(U), (d, u) =>
        {
            var q = d.Quantile(u);
            return d switch
            {
                IntegerUniformDistribution => q == Math.Floor(q),
                BernoulliDistribution => q is 0 or 1,
                DiscreteDistribution discrete => discrete.Values.Contains(q),
                _ => true,
            };
        });
}
