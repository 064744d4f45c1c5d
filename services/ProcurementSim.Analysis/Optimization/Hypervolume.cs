namespace ProcurementSim.Analysis.Optimization;

/// <summary>
/// The hypervolume indicator (Zitzler &amp; Thiele 1998) of minimised points: the volume dominated by the set and bounded
/// by a reference point. Exact, by slicing (Hypervolume by Slicing Objectives, While et al. 2006): the points are
/// sorted by the last objective and the volume is the sum of slabs, each the hypervolume of the points below it in one
/// dimension fewer; two dimensions are a sweep. O(n^(d−1) log n): fine for fronts of hundreds and up to 4 or 5 objectives.
/// </summary>
public static class Hypervolume
{
    /// <summary>The hypervolume of <paramref name="points"/> against <paramref name="reference"/>; points not strictly better than the reference in every objective add nothing.</summary>
    public static double Of(IEnumerable<IReadOnlyList<double>> points, IReadOnlyList<double> reference)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(reference);
        var kept = points.Where(p => Enumerable.Range(0, reference.Count).All(m => p[m] < reference[m])).Select(p => p.Take(reference.Count).ToArray()).ToList();
        return kept.Count == 0 ? 0 : Slice(kept, [.. reference], reference.Count);
    }

    private static double Slice(List<double[]> points, double[] reference, int dimensions)
    {
        if (dimensions == 1) return reference[0] - points.Min(p => p[0]);
        if (dimensions == 2)
        {
            var sorted = points.OrderBy(p => p[0]).ThenBy(p => p[1]).ToList();
            var volume = 0.0;
            var lowest = reference[1];
            foreach (var p in sorted)
            {
                if (p[1] >= lowest) continue;
                volume += (reference[0] - p[0]) * (lowest - p[1]);
                lowest = p[1];
            }
            return volume;
        }

        var last = dimensions - 1;
        var byLast = points.OrderBy(p => p[last]).ToList();
        var total = 0.0;
        for (var i = 0; i < byLast.Count; i++)
        {
            var top = i + 1 < byLast.Count ? byLast[i + 1][last] : reference[last];
            var depth = top - byLast[i][last];
            if (depth <= 0) continue;
            total += depth * Slice(byLast.GetRange(0, i + 1), reference, last);
        }
        return total;
    }
}
