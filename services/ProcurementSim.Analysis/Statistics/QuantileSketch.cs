namespace ProcurementSim.Analysis.Statistics;

/// <summary>
/// A quantile sketch with a relative-error guarantee: DDSketch (Masson, Rim and Lee 2019). A value v ≠ 0 falls in
/// bucket k = ⌈ln|v| / ln γ⌉ with γ = (1 + α)/(1 − α), kept by sign; zeros are counted apart. The quantile q is the
/// representative 2γᵏ/(γ + 1) of the bucket holding the value of rank ⌊q(n − 1)⌋ (0-based, ascending), which is within
/// α·|x| of that order statistic x. Each sign keeps at most <see cref="MaxBuckets"/> buckets: past that, the buckets
/// nearest zero are merged (only the smallest magnitudes lose accuracy; with α = 0.5 % that needs a spread of more
/// than eight orders of magnitude). Memory is bounded whatever the count; the result depends only on the multiset of
/// values added, so it is the same whatever order they arrive in.
/// </summary>
internal sealed class QuantileSketch
{
    /// <summary>α: the relative error of every quantile.</summary>
    public const double RelativeAccuracy = 0.005;

    /// <summary>Most buckets per sign.</summary>
    public const int MaxBuckets = 2048;

    private static readonly double Gamma = (1 + RelativeAccuracy) / (1 - RelativeAccuracy);
    private static readonly double LogGamma = Math.Log(Gamma);

    private readonly SketchStore _positive = new(MaxBuckets);
    private readonly SketchStore _negative = new(MaxBuckets);
    private long _zeros;

    /// <summary>Values added (NaN is not counted).</summary>
    public long Count { get; private set; }

    /// <summary>Adds a value; NaN is ignored, infinities are not accepted.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is infinite.</exception>
    public void Add(double value)
    {
        if (double.IsNaN(value)) return;
        if (double.IsInfinity(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "a sketch holds finite values only");
        if (value > 0) _positive.Add(Key(value));
        else if (value < 0) _negative.Add(Key(-value));
        else _zeros++;
        Count++;
    }

    /// <summary>The q-quantile (q in [0, 1]) as described above; NaN when empty.</summary>
    public double Quantile(double q)
    {
        if (!(q is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(q), q, "q must be in [0, 1]");
        if (Count == 0) return double.NaN;
        var rank = (long)Math.Floor(q * (Count - 1));
        foreach (var (value, count) in Ascending())
        {
            if (rank < count) return value;
            rank -= count;
        }
        throw new InvalidOperationException("the sketch's counts do not add up");
    }

    /// <summary>The smallest bucket value at or above <paramref name="threshold"/>, or NaN.</summary>
    public double SmallestAtLeast(double threshold)
    {
        foreach (var (value, _) in Ascending())
        {
            if (value >= threshold) return value;
        }
        return double.NaN;
    }

    /// <summary>The largest bucket value at or below <paramref name="threshold"/>, or NaN.</summary>
    public double LargestAtMost(double threshold)
    {
        var found = double.NaN;
        foreach (var (value, _) in Ascending())
        {
            if (value > threshold) break;
            found = value;
        }
        return found;
    }

    /// <summary>Every non-empty bucket as (representative value, count), in ascending order of value.</summary>
    private IEnumerable<(double Value, long Count)> Ascending()
    {
        foreach (var (key, count) in _negative.Descending()) yield return (-Representative(key), count);
        if (_zeros > 0) yield return (0, _zeros);
        foreach (var (key, count) in _positive.Ascending()) yield return (Representative(key), count);
    }

    private static int Key(double magnitude) => (int)Math.Ceiling(Math.Log(magnitude) / LogGamma);

    private static double Representative(int key) => 2 * Math.Pow(Gamma, key) / (Gamma + 1);
}
