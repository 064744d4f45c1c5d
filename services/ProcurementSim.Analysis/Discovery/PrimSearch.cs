namespace ProcurementSim.Analysis.Discovery;

/// <summary>
/// One PRIM search (peeling, then pasting) with the conventions of the EMA Workbench's <c>Prim.find_box</c> (Kwakkel
/// 2017), written down in docs/MODEL.md §13.7: every figure of the trajectory (limits, counts) is what the workbench
/// gives on the same runs, except where two peels' objectives are equal (compared here exactly, there in floating point).
/// </summary>
/// <remarks>
/// The box is a pair of limits per input; a run is inside when every value lies within its input's limits (inclusive).
/// Each input's runs are sorted once and a mask marks the runs in the box; a peel candidate walks its input's order from
/// one end over the runs it would remove (and those already outside the box), and the mask is updated in O(n) per step.
/// </remarks>
internal sealed class PrimSearch
{
    private readonly IReadOnlyList<DiscoveryInput> _inputs;
    private readonly double[][] _values;   // [input] the values, run by run
    private readonly bool[] _interest;
    private readonly bool[] _integer;     // [input] peeled and pasted as integers (the workbench's int columns)
    private readonly int[] _candidateOrder; // inputs in the workbench's column order: real-valued first, then integers
    private readonly int[][] _order;      // [input] run indices by ascending value
    private readonly double[][] _sorted;  // [input] the values in that order
    private readonly int[] _first;        // [input] first position of the order within the input's limits
    private readonly int[] _last;         // [input] last such position
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
        _values = [.. inputs.Select(i => i.Values)];
        _interest = interest;
        _n = interest.Length;
        _cases = interest.Count(v => v);
        var d = inputs.Count;
        _integer = [.. inputs.Select(IsInteger)];
        _candidateOrder = [.. Enumerable.Range(0, d).Where(j => !_integer[j]), .. Enumerable.Range(0, d).Where(j => _integer[j])];
        _order = new int[d][];
        _sorted = new double[d][];
        _min = new double[d];
        _max = new double[d];
        for (var j = 0; j < d; j++)
        {
            var keys = (double[])inputs[j].Values.Clone();
            var order = Enumerable.Range(0, _n).ToArray();
            Array.Sort(keys, order);
            (_order[j], _sorted[j]) = (order, keys);
            (_min[j], _max[j]) = _n == 0 ? (double.NaN, double.NaN) : (keys[0], keys[^1]);
        }

        _first = new int[d];
        _last = [.. Enumerable.Range(0, d).Select(_ => _n - 1)];

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
        for (var j = 0; j < _values.Length; j++)
        {
            var v = _values[j][run];
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
        Candidate? best = null;
        foreach (var j in _candidateOrder)
        {
            // The workbench lists the upper peel of an input before the lower one.
            foreach (var upper in (ReadOnlySpan<bool>)[true, false])
            {
                var (low, high, removed, removedInterest) = Peel(j, upper);
                var nowRestricted = restricted - (Restricts(j, _low[j], _high[j]) ? 1 : 0) + (Restricts(j, low, high) ? 1 : 0);
                var (kept, keptInterest) = (_count - removed, _interestCount - removedInterest);
                var candidate = new Candidate(j, low, high, kept, keptInterest, Objective.Of(_count, _interestCount, kept, keptInterest), nowRestricted);
                if (best is null || Better(candidate, best.Value)) best = candidate;
            }
        }

        if (best is not { } b) return false;
        if (!((double)b.Runs / _n >= MinMass && b.Runs < _count && b.Objective.Positive)) return false;
        Apply(b);
        return true;
    }

    /// <summary>
    /// A peel of input <paramref name="j"/> at one end: its new limits and the runs (and cases) it removes. A real input's
    /// limit moves to the box's quantile α (or 1 − α) and the runs beyond it go; an integer input's, as the workbench's
    /// <c>_discrete_peel</c>, to the quantile truncated toward zero, the limit's own value going whole when that is the
    /// limit, and the new limit is the nearest value kept (with nothing kept, the box's own extreme: the box is then empty).
    /// </summary>
    private (double Low, double High, int Removed, int RemovedInterest) Peel(int j, bool upper)
    {
        var q = Quantile(j, upper ? 1 - PeelAlpha : PeelAlpha);
        double low = _low[j], high = _high[j];
        if (!_integer[j])
        {
            // Real: keep low ≤ x ≤ q (upper) or q ≤ x ≤ high (lower).
            var (removed, interest, _) = upper ? Walk(j, false, v => v > q) : Walk(j, true, v => v < q);
            return upper ? (low, q, removed, interest) : (q, high, removed, interest);
        }

        var t = Math.Truncate(q);
        if (upper)
        {
            var (removed, interest, next) = Walk(j, false, t == high ? v => v >= high : v => v > t);
            return (low, next ?? _sorted[j][BoxEnd(j, false)], removed, interest);
        }
        else
        {
            var (removed, interest, next) = Walk(j, true, t == low ? v => v <= low : v => v < t);
            return (next ?? _sorted[j][BoxEnd(j, true)], high, removed, interest);
        }
    }

    /// <summary>
    /// Walks input <paramref name="j"/>'s runs in the box from the low end (or the high end) while <paramref name="remove"/>
    /// holds: how many, how many cases, and the first value at which it stopped (null when every run was removed).
    /// </summary>
    private (int Removed, int Interest, double? Next) Walk(int j, bool fromLow, Func<double, bool> remove)
    {
        var order = _order[j];
        var sorted = _sorted[j];
        int step = fromLow ? 1 : -1, end = fromLow ? _last[j] + 1 : _first[j] - 1;
        int removed = 0, interest = 0;
        for (var p = fromLow ? _first[j] : _last[j]; p != end; p += step)
        {
            var run = order[p];
            if (!_inBox[run]) continue;
            if (!remove(sorted[p])) return (removed, interest, sorted[p]);
            removed++;
            if (_interest[run]) interest++;
        }

        return (removed, interest, null);
    }

    /// <summary>The position in input <paramref name="j"/>'s order of its lowest (or highest) run in the box.</summary>
    private int BoxEnd(int j, bool low)
    {
        var order = _order[j];
        if (low)
        {
            for (var p = _first[j]; p <= _last[j]; p++)
            {
                if (_inBox[order[p]]) return p;
            }
        }
        else
        {
            for (var p = _last[j]; p >= _first[j]; p--)
            {
                if (_inBox[order[p]]) return p;
            }
        }

        throw new InvalidOperationException("the box is empty");
    }

    /// <summary>
    /// <see cref="Quantile(ReadOnlySpan{double}, double)"/> of input <paramref name="j"/>'s values in the box, found by
    /// walking from the nearer end of its order (the box's m values are the in-box runs between its first and last position).
    /// </summary>
    private double Quantile(int j, double q)
    {
        var m = _count;
        var i = (m - 1) * q;
        int lo = (int)Math.Floor(i), hi = (int)Math.Ceiling(i);
        if (q > 0.5)
        {
            // Ranks counted from the top: hi is m − 1 − hi from the high end; lo moves down to the first value that differs.
            var top = Values(j, fromLow: false, m - 1 - lo + 1);
            var vHi = top[m - 1 - hi];
            var k = m - 1 - lo; // rank from the top of lo
            while (lo > 0 && top[k] == vHi)
            {
                lo--;
                k++;
                if (k >= top.Count) top = Values(j, fromLow: false, top.Count * 2 + 1);
            }

            return (top[k] + vHi) / 2;
        }
        else
        {
            var bottom = Values(j, fromLow: true, hi + 1);
            var vLo = bottom[lo];
            while (hi < m - 1 && bottom[hi] == vLo)
            {
                hi++;
                if (hi >= bottom.Count) bottom = Values(j, fromLow: true, bottom.Count * 2 + 1);
            }

            return (vLo + bottom[hi]) / 2;
        }
    }

    /// <summary>The first <paramref name="count"/> values of input <paramref name="j"/> in the box from one end (fewer if the box holds fewer).</summary>
    private List<double> Values(int j, bool fromLow, int count)
    {
        var order = _order[j];
        var sorted = _sorted[j];
        var values = new List<double>(Math.Min(count, _count));
        int step = fromLow ? 1 : -1, end = fromLow ? _last[j] + 1 : _first[j] - 1;
        for (var p = fromLow ? _first[j] : _last[j]; p != end && values.Count < count; p += step)
        {
            if (_inBox[order[p]]) values.Add(sorted[p]);
        }

        return values;
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
                        if (Inside(i, low, high)) data.Add(_values[j][i]);
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
        var grows = c.Low < _low[c.Input] || c.High > _high[c.Input];
        (_low[c.Input], _high[c.Input]) = (c.Low, c.High);
        _first[c.Input] = LowerBound(_sorted[c.Input], c.Low);
        _last[c.Input] = UpperBound(_sorted[c.Input], c.High) - 1;
        var column = _values[c.Input];
        for (var i = 0; i < _n; i++)
        {
            // A run in the box can only leave through the limits that moved; one outside can only come in when they widened.
            var inside = _inBox[i]
                ? column[i] >= c.Low && column[i] <= c.High
                : grows && Inside(i, _low, _high);
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
