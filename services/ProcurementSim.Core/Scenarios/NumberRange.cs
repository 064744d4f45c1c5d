using System.Globalization;
using ProcurementSim.Core.Loading;

namespace ProcurementSim.Core.Scenarios;

/// <summary>The allowed interval of a number, and how a message describes it.</summary>
internal readonly record struct NumberRange(double Min, double Max, bool MinExclusive = false, bool MaxExclusive = false)
{
    public static NumberRange Any { get; } = new(double.NegativeInfinity, double.PositiveInfinity);

    public static NumberRange Unit { get; } = new(0, 1);

    public static NumberRange NonNegative { get; } = new(0, double.PositiveInfinity);

    public static NumberRange Positive { get; } = new(0, double.PositiveInfinity, MinExclusive: true);

    public static NumberRange AtLeast(double min) => new(min, double.PositiveInfinity);

    public bool Contains(double v) =>
        (MinExclusive ? v > Min : v >= Min) && (MaxExclusive ? v < Max : v <= Max);

    /// <summary>Describes the range: "a number from 0 to 1", "a whole number &gt; 0", "a number &gt;= 0 and &lt; 1".</summary>
    public string Describe(bool whole)
    {
        var noun = whole ? "a whole number" : "a number";
        var hasMin = !double.IsNegativeInfinity(Min);
        var hasMax = !double.IsPositiveInfinity(Max);
        var low = (MinExclusive ? "> " : ">= ") + Format(Min);
        var high = (MaxExclusive ? "< " : "<= ") + Format(Max);
        return (hasMin, hasMax) switch
        {
            (false, false) => noun,
            (true, false) => $"{noun} {low}",
            (false, true) => $"{noun} {high}",
            _ when !MinExclusive && !MaxExclusive => $"{noun} from {Format(Min)} to {Format(Max)}",
            _ => $"{noun} {low} and {high}",
        };
    }

    public static string Format(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
