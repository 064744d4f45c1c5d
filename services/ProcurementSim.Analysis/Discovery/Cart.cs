using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Discovery;

/// <summary>
/// CART (Breiman, Friedman, Olshen and Stone 1984) on the fail indicator, as the EMA Workbench's <c>CART</c> builds it
/// (a classification tree with at least ⌊0.05 · n⌋ runs per leaf): each node is split in two on the input and threshold
/// that most lower the Gini impurity, until no split lowers it or leaves a child under the minimum. Its leaves are boxes;
/// the ones denser than the share of cases among all runs are reported as PRIM's are (coverage, density, mass, limits).
/// A leaf's limits are the thresholds on its path: a run is inside when its value is above the lower one and at or below
/// the upper one; a side no split cuts is −∞ or +∞ (null in sweep.json).
/// </summary>
/// <remarks>
/// Candidate thresholds of an input are the midpoints of consecutive distinct values among the node's runs; a run goes
/// left when its value is at or below the threshold. The best split is compared exactly (integer sums of squares);
/// ties go to the input listed first, then the lower threshold. sklearn breaks ties between inputs at random, so the
/// workbench may pick another of equally good splits.
/// </remarks>
internal static class Cart
{
    /// <summary>Smallest share of all runs in a leaf (the workbench's <c>mass_min</c>), rounded down to a count, at least 1.</summary>
    public const double MinMass = 0.05;

    /// <summary>At most this many leaves are reported, densest first.</summary>
    public const int MaxBoxes = 3;

    /// <summary>
    /// Grows the tree and returns its number of leaves and the reported boxes: the leaves whose density is above the
    /// share of cases of interest among all runs, densest first (ties: higher coverage, then the leaf further left),
    /// at most <see cref="MaxBoxes"/>. With no case of interest, or every run one, there is no tree (0 leaves, no box).
    /// </summary>
    public static (int Leaves, IReadOnlyList<PrimBox> Boxes) Run(IReadOnlyList<DiscoveryInput> inputs, bool[] interest)
    {
        var n = interest.Length;
        var cases = interest.Count(v => v);
        if (cases == 0 || cases == n) return (0, []);
        var minLeaf = Math.Max(1, (int)(MinMass * n));
        var orders = inputs.Select(input =>
        {
            var keys = (double[])input.Values.Clone();
            var order = Enumerable.Range(0, n).ToArray();
            Array.Sort(keys, order);
            return order;
        }).ToArray();
        var min = inputs.Select(i => i.Values.Min()).ToArray();
        var max = inputs.Select(i => i.Values.Max()).ToArray();
        var leaves = new List<(int Runs, int Interest, double[] Low, double[] High)>();
        var member = new bool[n];
        Grow(Enumerable.Range(0, n).ToArray(), (double[])min.Clone(), (double[])max.Clone());

        var boxes = leaves
            .Select((leaf, index) => (leaf, index))
            .Where(l => (Int128)l.leaf.Interest * n > (Int128)cases * l.leaf.Runs)
            .OrderByDescending(l => (double)l.leaf.Interest / l.leaf.Runs)
            .ThenByDescending(l => l.leaf.Interest)
            .ThenBy(l => l.index)
            .Take(MaxBoxes)
            .Select(l => new PrimBox(
                (double)l.leaf.Interest / cases, (double)l.leaf.Interest / l.leaf.Runs, (double)l.leaf.Runs / n,
                [.. inputs.Select((input, j) => Limit(input.Name, l.leaf.Low[j] != min[j] ? l.leaf.Low[j] : double.NegativeInfinity, l.leaf.High[j] != max[j] ? l.leaf.High[j] : double.PositiveInfinity))],
                l.index))
            .ToArray();
        return (leaves.Count, boxes);

        static BoxLimit Limit(string name, double low, double high) => new(name, low, high, double.IsFinite(low) || double.IsFinite(high));

        void Grow(int[] runs, double[] low, double[] high)
        {
            var split = BestSplit(runs);
            if (split is not { } s)
            {
                leaves.Add((runs.Length, runs.Count(r => interest[r]), low, high));
                return;
            }

            var left = runs.Where(r => inputs[s.Input].Values[r] <= s.Threshold).ToArray();
            var right = runs.Where(r => inputs[s.Input].Values[r] > s.Threshold).ToArray();
            var (leftHigh, rightLow) = ((double[])high.Clone(), (double[])low.Clone());
            leftHigh[s.Input] = Math.Min(high[s.Input], s.Threshold);
            rightLow[s.Input] = Math.Max(low[s.Input], s.Threshold);
            Grow(left, low, leftHigh);
            Grow(right, rightLow, high);
        }

        (int Input, double Threshold)? BestSplit(int[] runs)
        {
            var m = runs.Length;
            var c = runs.Count(r => interest[r]);
            if (c == 0 || c == m || m < 2 * minLeaf) return null;
            foreach (var r in runs) member[r] = true;
            // Gini impurity of a split, times m: m − Q with Q = (cl² + (nl − cl)²)/nl + (cr² + (nr − cr)²)/nr; the best split
            // has the largest Q, compared as the fraction (Aₗ·nr + Aᵣ·nl)/(nl·nr). A split must beat the node itself: Q > (c² + (m − c)²)/m.
            (Int128 Num, Int128 Den) best = ((Int128)c * c + (Int128)(m - c) * (m - c), m);
            (int Input, double Threshold)? found = null;
            for (var j = 0; j < inputs.Count; j++)
            {
                var values = inputs[j].Values;
                int nl = 0, cl = 0;
                var previous = double.NaN;
                foreach (var r in orders[j])
                {
                    if (!member[r]) continue;
                    var v = values[r];
                    if (nl >= minLeaf && m - nl >= minLeaf && v != previous)
                    {
                        int nr = m - nl, cr = c - cl;
                        Int128 a = (Int128)cl * cl + (Int128)(nl - cl) * (nl - cl), b = (Int128)cr * cr + (Int128)(nr - cr) * (nr - cr);
                        var num = a * nr + b * nl;
                        var den = (Int128)nl * nr;
                        if (num * best.Den > best.Num * den)
                        {
                            best = (num, den);
                            found = (j, (previous + v) / 2);
                        }
                    }

                    nl++;
                    if (interest[r]) cl++;
                    previous = v;
                }
            }

            foreach (var r in runs) member[r] = false;
            return found;
        }
    }
}
