namespace ProcurementSim.Analysis.Optimization;

/// <summary>Deb et al. (2002)'s crowding distance within one front.</summary>
public static class Crowding
{
    /// <summary>
    /// The distance of each member of <paramref name="front"/> (indices into <paramref name="points"/>), in the front's
    /// order. Per objective the members are ordered by value, ties by index; the two ends get +∞ and each other member
    /// adds (next − previous) / (max − min). An objective whose range is 0 or not finite adds nothing.
    /// </summary>
    public static double[] Distances(IReadOnlyList<double[]> points, IReadOnlyList<int> front)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(front);
        var distance = new double[front.Count];
        if (front.Count == 0) return distance;
        var objectives = points[front[0]].Length;
        var order = new int[front.Count];
        for (var m = 0; m < objectives; m++)
        {
            for (var i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (a, b) =>
            {
                var c = points[front[a]][m].CompareTo(points[front[b]][m]);
                return c != 0 ? c : front[a].CompareTo(front[b]);
            });
            distance[order[0]] = double.PositiveInfinity;
            distance[order[^1]] = double.PositiveInfinity;
            var range = points[front[order[^1]]][m] - points[front[order[0]]][m];
            if (!(range > 0) || double.IsInfinity(range)) continue;
            for (var i = 1; i < order.Length - 1; i++)
            {
                distance[order[i]] += (points[front[order[i + 1]]][m] - points[front[order[i - 1]]][m]) / range;
            }
        }
        return distance;
    }
}
