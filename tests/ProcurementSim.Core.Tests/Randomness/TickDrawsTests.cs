using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Tests.Randomness;

/// <summary>The week's draws mixed once give the stream's own draws, and the integer threshold the same chances.</summary>
public class TickDrawsTests
{
    private static readonly ulong Purpose = StableHash.Of("test");

    [Fact]
    public void A_tick_draw_is_the_streams_draw_bit_for_bit()
    {
        var s = RandomStream.For(20260227, 3, "orchestrator");
        for (var tick = 0; tick < 60; tick++)
        {
            var draws = s.At(Purpose, tick);
            for (ulong key = 0; key < 40; key++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(s.Uniform(Purpose, tick, key)), BitConverter.DoubleToInt64Bits(draws.Uniform(key)));
            }
        }
    }

    [Fact]
    public void The_integer_threshold_answers_as_the_probability_does()
    {
        const double ulp = 1.0 / (1UL << 53);
        double[] probabilities =
        [
            0, -0.5, double.NaN, double.Epsilon, ulp, 2 * ulp, 3.5 * ulp, 0.005, 0.01, 0.02, 0.1, 1.0 / 3, 0.5,
            0.5 + ulp, 1 - ulp, 1, 1.5, double.PositiveInfinity,
        ];
        var s = RandomStream.For(7, 0, "integrator");
        foreach (var p in probabilities)
        {
            var threshold = TickDraws.Threshold(p);
            for (var tick = 0; tick < 40; tick++)
            {
                var draws = s.At(Purpose, tick);
                for (ulong key = 0; key < 50; key++) Assert.Equal(draws.Chance(p, key), draws.Below(threshold, key));
            }
        }
    }

    [Fact]
    public void A_draw_right_at_the_threshold_is_not_below_it()
    {
        // The draw k · 2^-53 is below p exactly when k < ceil(p · 2^53): check the boundary for draws that land on it.
        var s = RandomStream.For(11, 0, "x");
        var draws = s.At(Purpose, 5);
        for (ulong key = 0; key < 200; key++)
        {
            var u = draws.Uniform(key);
            Assert.False(draws.Below(TickDraws.Threshold(u), key));
            Assert.True(draws.Below(TickDraws.Threshold(Math.BitIncrement(u)), key));
        }
    }
}
