using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Discovery;

/// <summary>
/// The Patient Rule Induction Method (Friedman and Fisher 1999), peeling only, as scenario discovery uses it (Bryant
/// and Lempert 2010). Starting from the box of all runs, each step considers, for every input, removing the lowest or
/// the highest <see cref="Alpha"/> share of the runs in the box (a discrete input: its lowest or highest value in the
/// box, whole; runs tied with the last one removed go too), and makes the peel with the largest gain in density per
/// run removed (the "lenient" objective of the EMA Workbench, Kwakkel and Jaxa-Rozen 2016: with whole values of a
/// discrete input removed at once, peels differ in size, and plain "densest remaining box" would take a 20 % value
/// over a 5 % slice for the same gain); ties go to the larger remaining box, then to input order, low before high.
/// A peel that would leave less than <see cref="MinMass"/> of the runs is not allowed; peeling stops when none is
/// left or the box holds only cases of interest. The box reported is, among the boxes of the trajectory covering at
/// least <see cref="MinCoverage"/> of the cases of interest, the densest (ties: higher coverage, then the earlier box).
/// </summary>
/// <remarks>
/// Each input's run indices are sorted once; a mask marks the runs in the box and each input keeps the range of its
/// sorted order inside its bounds, so a candidate peel is one pass over part of that order: O(n) per candidate and
/// O(n · inputs) per step.
/// </remarks>
internal static class Prim
{
    /// <summary>Share of the box removed by a peel of a continuous input.</summary>
    public const double Alpha = 0.05;

    /// <summary>Smallest share of all runs a box may hold (the minimum support).</summary>
    public const double MinMass = 0.05;

    /// <summary>Coverage a box needs to be chosen.</summary>
    public const double MinCoverage = 0.5;

    /// <summary>
    /// Peels <paramref name="inputs"/> toward the runs where <paramref name="interest"/> is true. With no case of interest
    /// the box is null and the trajectory empty; when every run is one, the box is null and the trajectory the whole space.
    /// </summary>
    public static (PrimBox? Box, IReadOnlyList<PrimStep> Trajectory) Run(IReadOnlyList<DiscoveryInput> inputs, bool[] interest)
    {
        var n = interest.Length;
        var cases = interest.Count(v => v);
        if (cases == 0) return (null, []);
        if (cases == n) return (null, [new PrimStep(0, 1, 1, 1, 0)]);

        var peeler = new Peeler(inputs, interest);
        var boxes = new List<(PrimStep Step, double[] Low, double[] High)> { peeler.Snapshot(0) };
        while (peeler.InterestInBox < peeler.InBox && peeler.PeelBest())
        {
            boxes.Add(peeler.Snapshot(boxes.Count));
        }

        var chosen = boxes
            .Where(b => b.Step.Coverage >= MinCoverage)
            .OrderByDescending(b => b.Step.Density)
            .ThenByDescending(b => b.Step.Coverage)
            .ThenBy(b => b.Step.Step)
            .FirstOrDefault(boxes[0]);
        var limits = inputs
            .Select((input, j) => new BoxLimit(input.Name, chosen.Low[j], chosen.High[j], peeler.Restricts(j, chosen.Low[j], chosen.High[j])))
            .ToArray();
        var box = new PrimBox(chosen.Step.Coverage, chosen.Step.Density, chosen.Step.Mass, limits);
        return (box, [.. boxes.Select(b => b.Step)]);
    }

    /// <summary>The peeling state: the box's bounds, its runs (a mask) and, per input, where its bounds lie in its sorted order.</summary>
    private sealed class Peeler
    {
        private readonly IReadOnlyList<DiscoveryInput> _inputs;
        private readonly bool[] _interest;
        private readonly int _cases;
        private readonly int[][] _order;     // [input] run indices by ascending value
        private readonly double[][] _sorted; // [input] values in that order
        private readonly int[] _first;       // [input] first position in the order inside the input's bounds
        private readonly int[] _last;        // [input] last such position
        private readonly bool[] _inBoxMask;
        private readonly int _minRuns;

        public Peeler(IReadOnlyList<DiscoveryInput> inputs, bool[] interest)
        {
            _inputs = inputs;
            _interest = interest;
            var n = interest.Length;
            _cases = interest.Count(v => v);
            _order = new int[inputs.Count][];
            _sorted = new double[inputs.Count][];
            for (var j = 0; j < inputs.Count; j++)
            {
                var keys = (double[])inputs[j].Values.Clone();
                var order = Enumerable.Range(0, n).ToArray();
                Array.Sort(keys, order);
                (_sorted[j], _order[j]) = (keys, order);
            }

            _first = new int[inputs.Count];
            _last = [.. inputs.Select(_ => n - 1)];
            _inBoxMask = [.. interest.Select(_ => true)];
            InBox = n;
            InterestInBox = _cases;
            _minRuns = (int)Math.Ceiling(MinMass * n - 1e-9);
        }

        public int InBox { get; private set; }

        public int InterestInBox { get; private set; }

        /// <summary>The current box as a trajectory point with its bounds.</summary>
        public (PrimStep, double[], double[]) Snapshot(int step)
        {
            var low = new double[_inputs.Count];
            var high = new double[_inputs.Count];
            var restricted = 0;
            for (var j = 0; j < _inputs.Count; j++)
            {
                (low[j], high[j]) = (_sorted[j][_first[j]], _sorted[j][_last[j]]);
                if (Restricts(j, low[j], high[j])) restricted++;
            }

            var n = _interest.Length;
            var point = new PrimStep(step, (double)InterestInBox / _cases, (double)InterestInBox / InBox, (double)InBox / n, restricted);
            return (point, low, high);
        }

        /// <summary>Whether bounds [low, high] cut input <paramref name="j"/>'s observed range.</summary>
        public bool Restricts(int j, double low, double high) => low > _sorted[j][0] || high < _sorted[j][^1];

        /// <summary>Makes the best allowed peel; false when none is allowed.</summary>
        public bool PeelBest()
        {
            var found = false;
            var best = default(Candidate);
            for (var j = 0; j < _inputs.Count; j++)
            {
                foreach (var fromLow in (ReadOnlySpan<bool>)[true, false])
                {
                    if (Evaluate(j, fromLow) is not { } candidate) continue;
                    var remaining = InBox - candidate.Runs;
                    if (remaining < _minRuns) continue;
                    if (!found || Better(candidate, best))
                    {
                        (best, found) = (candidate, true);
                    }
                }
            }

            if (found) Apply(best);
            return found;
        }

        // Gain in density per run removed, compared exactly. With I of N runs of interest in the box and a peel removing
        // r runs of which i are of interest, the gain is (I − i)/(N − r) − I/N = (I·r − i·N) / (N·(N − r)), so the
        // objective is (I·r − i·N) / (N·(N − r)·r); N is common to both sides and cancels.
        private bool Better(Candidate a, Candidate b)
        {
            Int128 n = InBox, interest = InterestInBox;
            var left = (interest * a.Runs - a.Interest * n) * ((n - b.Runs) * b.Runs);
            var right = (interest * b.Runs - b.Interest * n) * ((n - a.Runs) * a.Runs);
            var cmp = left.CompareTo(right);
            return cmp > 0 || (cmp == 0 && a.Runs < b.Runs);
        }

        /// <summary>What peeling input <paramref name="j"/> at one end would remove, or null when it would empty the box.</summary>
        private Candidate? Evaluate(int j, bool fromLow)
        {
            var order = _order[j];
            var sorted = _sorted[j];
            var step = fromLow ? 1 : -1;
            var end = fromLow ? _last[j] + 1 : _first[j] - 1;
            var take = _inputs[j].IsDiscrete ? 1 : Math.Max(1, (int)Math.Floor(Alpha * InBox));
            int p = fromLow ? _first[j] : _last[j], runs = 0, interest = 0;
            // Up to the take-th run of the box in this input's order...
            for (; p != end; p += step)
            {
                if (!_inBoxMask[order[p]]) continue;
                runs++;
                if (_interest[order[p]]) interest++;
                if (runs == take) break;
            }

            if (p == end) return null;
            // ...and every run tied with it, so the new bound separates values.
            var cut = sorted[p];
            for (p += step; p != end && sorted[p] == cut; p += step)
            {
                if (!_inBoxMask[order[p]]) continue;
                runs++;
                if (_interest[order[p]]) interest++;
            }

            // The new bound is the next value held by a run still in the box.
            while (p != end && !_inBoxMask[order[p]]) p += step;
            return p == end ? null : new Candidate(j, fromLow, p, runs, interest);
        }

        private void Apply(Candidate c)
        {
            var order = _order[c.Input];
            int from = c.FromLow ? _first[c.Input] : c.NewBound + 1, to = c.FromLow ? c.NewBound - 1 : _last[c.Input];
            for (var p = from; p <= to; p++)
            {
                var run = order[p];
                if (!_inBoxMask[run]) continue;
                _inBoxMask[run] = false;
                InBox--;
                if (_interest[run]) InterestInBox--;
            }

            if (c.FromLow) _first[c.Input] = c.NewBound;
            else _last[c.Input] = c.NewBound;
        }

        /// <summary>A peel: the input, the end, the position of the new bound in its order, and what it removes.</summary>
        private readonly record struct Candidate(int Input, bool FromLow, int NewBound, int Runs, int Interest);
    }
}
