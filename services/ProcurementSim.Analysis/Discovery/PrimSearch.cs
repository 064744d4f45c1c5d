namespace ProcurementSim.Analysis.Discovery;

/// <summary>
/// One PRIM search (peeling, then pasting) with the conventions of the EMA Workbench's <c>Prim.find_box</c> (Kwakkel
/// 2017), written down in docs/MODEL.md §13.7: every figure of the trajectory (limits, counts) is what the workbench
/// gives on the same runs, except where two peels' objectives are equal (compared here exactly, there in floating point).
/// </summary>
/// <remarks>
/// The box is a pair of limits per input; a run is inside when every value lies within its input's limits (inclusive).
/// Each input's runs are sorted once; a mask marks the runs in the box, so a step is O(n · inputs).
/// </remarks>
internal sealed class PrimSearch
{
    private readonly IReadOnlyList<DiscoveryInput> _inputs;
    private readonly bool[] _interest;
    private readonly bool[] _integer;     // [input] peeled and pasted as integers (the workbench's int columns)
    private readonly int[] _candidateOrder; // inputs in the workbench's column order: real-valued first, then integers
    private readonly int[][] _order;      // [input] run indices by ascending value
    private readonly double[] _min;
    private readonly double[] _max;
    private readonly double[] _low;
    private readonly double[] _high;
    private readonly bool[] _inBox;
    private readonly int _n;
    private readonly int _cases;
    private int _count;
    private int _interestCount;

    /// <summary>Prepares a search of <paramref name="inputs"/> (every input's values over the same runs) for <paramref name="interest"/>.</summary>
    public PrimSearch(IReadOnlyList<DiscoveryInput> inputs, bool[] interest)
    {
        _inputs = inputs;
        _interest = interest;
        _n = interest.Length;
        _cases = interest.Count(v => v);
        var d = inputs.Count;
        _integer = [.. inputs.Select(IsInteger)];
        _candidateOrder = [.. Enumerable.Range(0, d).Where(j => !_integer[j]), .. Enumerable.Range(0, d).Where(j => _integer[j])];
        _order = new int[d][];
        _min = new double[d];
        _max = new double[d];
        for (var j = 0; j < d; j++)
        {
            var keys = (double[])inputs[j].Values.Clone();
            var order = Enumerable.Range(0, _n).ToArray();
            Array.Sort(keys, order);
            _order[j] = order;
            (_min[j], _max[j]) = _n == 0 ? (double.NaN, double.NaN) : (keys[0], keys[^1]);
        }

        _low = (double[])_min.Clone();
        _high = (double[])_max.Clone();
        _inBox = [.. interest.Select(_ => true)];
        _count = _n;
        _interestCount = _cases;
    }

    /// <summary>Share of the box peeled at each step (the workbench's <c>peel_alpha</c>).</summary>
    public const double PeelAlpha = 0.05;

    /// <summary>Share used to choose a paste (the workbench's <c>paste_alpha</c>).</summary>
    public const double PasteAlpha = 0.05;

    /// <summary>Smallest share of all runs a box may hold (the workbench's <c>mass_min</c>).</summary>
    public const double MinMass = 0.05;

    /// <summary>
    /// Whether the workbench would peel <paramref name="input"/> as an integer: a discrete input whose every value is a
    /// whole number (a runs.csv column pandas reads as integers); every other input is peeled as a real number.
    /// </summary>
    public static bool IsInteger(DiscoveryInput input) =>
        input.IsDiscrete && input.Values.All(v => v == Math.Floor(v) && Math.Abs(v) < 9e15);

    /// <summary>The lowest value of input <paramref name="j"/> over all runs of the search.</summary>
    public double Min(int j) => _min[j];

    /// <summary>The highest value of input <paramref name="j"/> over all runs of the search.</summary>
    public double Max(int j) => _max[j];

    /// <summary>Peels, then pastes, and returns every box from the whole space on.</summary>
    public IReadOnlyList<Entry> Run()
    {
        var boxes = new List<Entry> { Snapshot(false) };
        while (PeelOnce()) boxes.Add(Snapshot(false));
        while (PasteOnce()) boxes.Add(Snapshot(true));
        return boxes;
    }

    /// <summary>
    /// The workbench's quantile (<c>get_quantile</c>, after sdtoolkit) of ascending <paramref name="sorted"/>: at position
    /// i = (m − 1)·q, the mean of the values at ⌊i⌋ and ⌈i⌉, the pair widened until the two differ (downward for q &gt; ½,
    /// upward otherwise) or the end is reached.
    /// </summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double q)
    {
        var i = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(i), hi = (int)Math.Ceiling(i);
        if (q > 0.5)
        {
            while (sorted[lo] == sorted[hi] && lo > 0) lo--;
        }
        else
        {
            while (sorted[lo] == sorted[hi] && hi < sorted.Length - 1) hi++;
        }

        return (sorted[lo] + sorted[hi]) / 2;
    }

    /// <summary>Counts the runs (and cases of interest) inside limits <paramref name="low"/>–<paramref name="high"/>.</summary>
    public (int Runs, int Interest) Count(double[] low, double[] high)
    {
        int runs = 0, interest = 0;
        for (var i = 0; i < _n; i++)
        {
            if (!Inside(i, low, high)) continue;
            runs++;
            if (_interest[i]) interest++;
        }

        return (runs, interest);
    }

    private bool Inside(int run, double[] low, double[] high)
    {
        for (var j = 0; j < _inputs.Count; j++)
        {
            var v = _inputs[j].Values[run];
            if (v < low[j] || v > high[j]) return false;
        }

        return true;
    }

    private bool Restricts(int j, double low, double high) => low != _min[j] || high != _max[j];

    private int RestrictedCount()
    {
        var c = 0;
        for (var j = 0; j < _inputs.Count; j++)
        {
            if (Restricts(j, _low[j], _high[j])) c++;
        }

        return c;
    }

    private Entry Snapshot(bool pasted) =>
        new((double[])_low.Clone(), (double[])_high.Clone(), _count, _interestCount,
            [.. Enumerable.Range(0, _inputs.Count).Select(j => Restricts(j, _low[j], _high[j]))], pasted);

    /// <summary>
    /// Makes the best peel if it passes the workbench's test (mass ≥ minimum, at least one run removed, objective &gt; 0);
    /// false, and peeling ends, when it does not.
    /// </summary>
    private bool PeelOnce()
    {
        if (_count == 0) return false;
        var restricted = RestrictedCount();
        var values = new double[_count];
        var prefix = new int[_count + 1]; // cases of interest among the first p values
        Candidate? best = null;
        foreach (var j in _candidateOrder)
        {
            var m = 0;
            foreach (var run in _order[j])
            {
                if (!_inBox[run]) continue;
                values[m] = _inputs[j].Values[run];
                prefix[m + 1] = prefix[m] + (_interest[run] ? 1 : 0);
                m++;
            }

            var span = values.AsSpan(0, m);
            // The workbench lists the upper peel of an input before the lower one.
            foreach (var upper in (ReadOnlySpan<bool>)[true, false])
            {
                var (low, high) = _integer[j] ? IntegerPeel(j, span, upper) : RealPeel(span, upper, _low[j], _high[j]);
                // Runs kept: the values within [low, high] (the box's values are sorted, so they are a contiguous range).
                var first = LowerBound(span, low);
                var end = UpperBound(span, high);
                var kept = Math.Max(0, end - first);
                var keptInterest = kept == 0 ? 0 : prefix[end] - prefix[first];
                var nowRestricted = restricted - (Restricts(j, _low[j], _high[j]) ? 1 : 0) + (Restricts(j, low, high) ? 1 : 0);
                var candidate = new Candidate(j, low, high, kept, keptInterest,
                    Objective.Of(_count, _interestCount, kept, keptInterest), nowRestricted);
                if (best is null || Better(candidate, best.Value)) best = candidate;
            }
        }

        if (best is not { } b) return false;
        if (!((double)b.Runs / _n >= MinMass && b.Runs < _count && b.Objective.Positive)) return false;
        Apply(b);
        return true;
    }

    /// <summary>The limits after peeling a real-valued input at one end: the box's quantile α (or 1 − α) becomes the limit.</summary>
    private static (double Low, double High) RealPeel(ReadOnlySpan<double> values, bool upper, double low, double high) =>
        upper ? (low, Quantile(values, 1 - PeelAlpha)) : (Quantile(values, PeelAlpha), high);

    /// <summary>
    /// The limits after peeling an integer input at one end, as the workbench's <c>_discrete_peel</c>: the quantile truncated
    /// toward zero; when that is the current limit, the limit's value is removed whole; the new limit is the nearest value kept.
    /// </summary>
    private (double Low, double High) IntegerPeel(int j, ReadOnlySpan<double> values, bool upper)
    {
        double low = _low[j], high = _high[j];
        if (upper)
        {
            var peel = Math.Truncate(Quantile(values, 1 - PeelAlpha));
            // Kept: low ≤ x < high when the truncated quantile is the limit, else low ≤ x ≤ peel.
            var newHigh = KeptExtreme(values, low, peel == high ? high : peel, peel == high, upper: true);
            return (low, newHigh);
        }
        else
        {
            var peel = Math.Truncate(Quantile(values, PeelAlpha));
            var newLow = KeptExtreme(values, peel == low ? low : peel, high, peel == low, upper: false);
            return (newLow, high);
        }
    }

    /// <summary>
    /// For an integer peel: the highest (upper) or lowest (lower) value kept, where kept means within
    /// [<paramref name="from"/>, <paramref name="to"/>] with the bound on the peeled side exclusive when <paramref name="exclusive"/>;
    /// with nothing kept, the box's own highest or lowest value (the workbench's fallback; the box is then empty).
    /// </summary>
    private static double KeptExtreme(ReadOnlySpan<double> values, double from, double to, bool exclusive, bool upper)
    {
        var found = false;
        var extreme = 0.0;
        foreach (var v in values)
        {
            var inside = upper
                ? v >= from && (exclusive ? v < to : v <= to)
                : (exclusive ? v > from : v >= from) && v <= to;
            if (!inside) continue;
            if (!found || (upper ? v > extreme : v < extreme)) (extreme, found) = (v, true);
        }

        return found ? extreme : upper ? values[^1] : values[0];
    }

    /// <summary>
    /// Makes the best paste of the workbench's <c>_paste</c> if it passes its test (mass ≥ minimum, runs added, objective
    /// &gt; 0, density up). Only restricted inputs are pasted, real-valued ones first; as in the workbench, when no
    /// real-valued input is restricted nothing is pasted at all.
    /// </summary>
    private bool PasteOnce()
    {
        var restricted = RestrictedCount();
        Candidate? best = null;
        var anyCandidate = false;
        foreach (var integerGroup in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var j in _candidateOrder)
            {
                if (_integer[j] != integerGroup || !Restricts(j, _low[j], _high[j])) continue;
                // The workbench lists the lower paste of an input before the upper one.
                foreach (var upper in (ReadOnlySpan<bool>)[false, true])
                {
                    var low = (double[])_low.Clone();
                    var high = (double[])_high.Clone();
                    // The runs outside the box on this side (and inside it on every other input), up to the box's limit included.
                    if (upper) (low[j], high[j]) = (_high[j], _max[j]);
                    else (low[j], high[j]) = (_min[j], _low[j]);
                    var data = new List<double>();
                    for (var i = 0; i < _n; i++)
                    {
                        if (Inside(i, low, high)) data.Add(_inputs[j].Values[i]);
                    }

                    data.Sort();
                    var value = upper
                        ? data.Count > 0 ? Quantile(data.ToArray(), PasteAlpha) : _max[j]
                        : data.Count > 0 ? Quantile(data.ToArray(), 1 - PasteAlpha) : _min[j];
                    if (_integer[j]) value = Math.Truncate(value);
                    (low[j], high[j]) = upper ? (_low[j], value) : (value, _high[j]);
                    var (runs, interest) = Count(low, high);
                    var nowRestricted = restricted - 1 + (Restricts(j, low[j], high[j]) ? 1 : 0);
                    var candidate = new Candidate(j, low[j], high[j], runs, interest, Objective.Of(_count, _interestCount, runs, interest), nowRestricted);
                    anyCandidate = true;
                    if (best is null || Better(candidate, best.Value)) best = candidate;
                }
            }

            if (!anyCandidate) return false;
        }

        if (best is not { } b) return false;
        var denser = (Int128)b.Interest * _count > (Int128)_interestCount * b.Runs;
        if (!((double)b.Runs / _n >= MinMass && b.Runs > _count && b.Objective.Positive && denser)) return false;
        Apply(b);
        return true;
    }

    /// <summary>The workbench's order of candidates: higher objective, then fewer restricted inputs, then the one listed first.</summary>
    private static bool Better(Candidate a, Candidate b)
    {
        var cmp = a.Objective.CompareTo(b.Objective);
        return cmp > 0 || (cmp == 0 && a.Restricted < b.Restricted);
    }

    private void Apply(Candidate c)
    {
        (_low[c.Input], _high[c.Input]) = (c.Low, c.High);
        for (var i = 0; i < _n; i++)
        {
            var inside = Inside(i, _low, _high);
            if (inside == _inBox[i]) continue;
            _inBox[i] = inside;
            var delta = inside ? 1 : -1;
            _count += delta;
            if (_interest[i]) _interestCount += delta;
        }
    }

    private static int LowerBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    private static int UpperBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>One box of the trajectory: its limits, runs and cases of interest, which inputs it restricts, and whether a paste made it.</summary>
    public sealed record Entry(double[] Low, double[] High, int Runs, int Interest, bool[] Restricted, bool Pasted);

    private readonly record struct Candidate(int Input, double Low, double High, int Runs, int Interest, Objective Objective, int Restricted);

    /// <summary>
    /// The workbench's "lenient1" objective, (mean of the new box − mean of the old) / |runs added or removed|, as an exact
    /// fraction: with N runs and I cases before and N′, I′ after, (I′·N − I·N′) / (N·N′·|N′ − N|); an empty new box has mean 0.
    /// </summary>
    private readonly record struct Objective(Int128 Numerator, Int128 Denominator) : IComparable<Objective>
    {
        public bool Positive => Numerator > 0;

        public static Objective Of(int oldRuns, int oldInterest, int newRuns, int newInterest)
        {
            var change = Math.Abs(newRuns - oldRuns);
            if (change == 0) return new(0, 1);
            if (newRuns == 0) return new(-(Int128)oldInterest, (Int128)oldRuns * change);
            return new((Int128)newInterest * oldRuns - (Int128)oldInterest * newRuns, (Int128)oldRuns * newRuns * change);
        }

        public int CompareTo(Objective other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }
}
