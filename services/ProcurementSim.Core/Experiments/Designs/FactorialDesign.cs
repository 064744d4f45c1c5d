using ProcurementSim.Core.Experiments.Distributions;

namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>
/// Full factorial: every combination of the inputs' levels (a discrete input's values; a continuous input's quantiles
/// at the midpoints of <c>levels</c> equal-probability strata). Sample i is read as a mixed-radix number, the last
/// input changing fastest.
/// </summary>
internal sealed class FactorialDesign : ISampleDesign
{
    /// <summary>Most design points accepted.</summary>
    public const int MaxPoints = 1_000_000;

    private readonly IReadOnlyList<double>[] _levels;

    public FactorialDesign(IReadOnlyList<Distribution> inputs, int levels)
    {
        _levels = [.. inputs.Select(d => d.Levels(levels))];
        Samples = (int)Points(inputs, levels);
    }

    public int Samples { get; }

    /// <summary>The number of design points, or more than <see cref="MaxPoints"/> when there are too many to count exactly.</summary>
    public static long Points(IReadOnlyList<Distribution> inputs, int levels)
    {
        long points = 1;
        foreach (var d in inputs)
        {
            points *= d.Levels(levels).Count;
            if (points > MaxPoints) return MaxPoints + 1L;
        }
        return points;
    }

    public void Fill(int sample, Span<double> values)
    {
        var rest = sample;
        for (var j = _levels.Length - 1; j >= 0; j--)
        {
            var count = _levels[j].Count;
            values[j] = _levels[j][rest % count];
            rest /= count;
        }
    }
}
