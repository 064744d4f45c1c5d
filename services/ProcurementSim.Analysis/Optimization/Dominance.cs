namespace ProcurementSim.Analysis.Optimization;

/// <summary>Pareto dominance for minimised objectives, and the fast non-dominated sort.</summary>
public static class Dominance
{
    /// <summary>True when <paramref name="a"/> is no worse than <paramref name="b"/> on every objective and better on one.</summary>
    public static bool Dominates(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var better = false;
        for (var m = 0; m < a.Count; m++)
        {
            if (a[m] > b[m]) return false;
            if (a[m] < b[m]) better = true;
        }
        return better;
    }

    /// <summary>
    /// The fronts of <paramref name="points"/> (Deb et al. 2002's fast non-dominated sort, O(M N²)): front 0 holds the
    /// points nobody dominates, front k those dominated only by points of earlier fronts. Each front lists its
    /// points' indices in increasing order.
    /// </summary>
    public static List<List<int>> Fronts(IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var n = points.Count;
        var dominated = new List<int>[n];
        var dominators = new int[n];
        var fronts = new List<List<int>>();
        var current = new List<int>();
        for (var p = 0; p < n; p++)
        {
            dominated[p] = [];
            for (var q = 0; q < n; q++)
            {
                if (p == q) continue;
                if (Dominates(points[p], points[q])) dominated[p].Add(q);
                else if (Dominates(points[q], points[p])) dominators[p]++;
            }
            if (dominators[p] == 0) current.Add(p);
        }

        while (current.Count > 0)
        {
            fronts.Add(current);
            var next = new List<int>();
            foreach (var p in current)
            {
                foreach (var q in dominated[p])
                {
                    if (--dominators[q] == 0) next.Add(q);
                }
            }
            next.Sort();
            current = next;
        }
        return fronts;
    }

    /// <summary>Whether each point is non-dominated within <paramref name="points"/> (equal points do not dominate each other).</summary>
    public static bool[] NonDominated(IReadOnlyList<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var result = new bool[points.Count];
        foreach (var i in Fronts(points).FirstOrDefault() ?? []) result[i] = true;
        return result;
    }
}
