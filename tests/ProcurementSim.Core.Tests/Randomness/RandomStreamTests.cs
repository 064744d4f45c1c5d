using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Tests.Randomness;

public class RandomStreamTests
{
    private static readonly ulong Purpose = StableHash.Of("test");

    [Fact]
    public void A_draw_depends_only_on_its_key_not_on_what_was_drawn_before()
    {
        var a = RandomStream.For(42, 0, "agency");
        var first = a.Uniform(Purpose, 7, 3);
        for (var i = 0; i < 100; i++) a.Uniform(Purpose, i, i);
        var b = RandomStream.For(42, 0, "agency");

        Assert.Equal(first, a.Uniform(Purpose, 7, 3));
        Assert.Equal(first, b.Uniform(Purpose, 7, 3));
    }

    [Fact]
    public void Every_part_of_the_key_changes_the_draw()
    {
        var baseline = RandomStream.For(42, 0, "agency").Uniform(Purpose, 7, 3);

        Assert.NotEqual(baseline, RandomStream.For(43, 0, "agency").Uniform(Purpose, 7, 3));
        Assert.NotEqual(baseline, RandomStream.For(42, 1, "agency").Uniform(Purpose, 7, 3));
        Assert.NotEqual(baseline, RandomStream.For(42, 0, "incumbent").Uniform(Purpose, 7, 3));
        Assert.NotEqual(baseline, RandomStream.For(42, 0, "agency").Uniform(StableHash.Of("other"), 7, 3));
        Assert.NotEqual(baseline, RandomStream.For(42, 0, "agency").Uniform(Purpose, 8, 3));
        Assert.NotEqual(baseline, RandomStream.For(42, 0, "agency").Uniform(Purpose, 7, 4));
    }

    [Fact]
    public void Draws_are_uniform_on_the_unit_interval()
    {
        var s = RandomStream.For(1, 0, "x");
        var draws = Enumerable.Range(0, 100_000).Select(i => s.Uniform(Purpose, i)).ToArray();

        Assert.All(draws, d => Assert.InRange(d, 0.0, 0.9999999999999999));
        Assert.InRange(draws.Average(), 0.495, 0.505);
        // Each tenth of the interval holds about a tenth of the draws (±5 % of the expected 10,000).
        var buckets = draws.GroupBy(d => (int)(d * 10)).Select(g => g.Count());
        Assert.All(buckets, n => Assert.InRange(n, 9_500, 10_500));
    }

    [Fact]
    public void Chance_is_always_false_at_zero_and_always_true_at_one()
    {
        var s = RandomStream.For(9, 0, "x");

        Assert.DoesNotContain(Enumerable.Range(0, 1000), i => s.Chance(0, Purpose, i));
        Assert.All(Enumerable.Range(0, 1000), i => Assert.True(s.Chance(1, Purpose, i)));
    }

    [Fact]
    public void The_stable_hash_is_fixed_across_processes()
    {
        // FNV-1a 64 reference values: the offset basis for "", and the published value for "a".
        Assert.Equal(14695981039346656037UL, StableHash.Of(""));
        Assert.Equal(0xaf63dc4c8601ec8cUL, StableHash.Of("a"));
    }
}
