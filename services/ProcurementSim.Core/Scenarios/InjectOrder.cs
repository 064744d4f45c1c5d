namespace ProcurementSim.Core.Scenarios;

/// <summary>
/// The canonical order of a scenario's injects, which does not depend on the order the file lists them in. Injects
/// that fire in the same week fire in this order, and a random inject's draw is numbered by it (docs/MODEL.md §4.1).
/// </summary>
public static class InjectOrder
{
    /// <summary>
    /// Compares two injects field by field: the kind's key (ordinal), the target (ordinal, none as the empty string),
    /// random before scheduled, then <c>at</c>, probability, magnitude and weeks, each ascending. Only injects equal in
    /// every field compare equal, and those are interchangeable.
    /// </summary>
    public static int Compare(InjectSpec a, InjectSpec b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var c = string.CompareOrdinal(InjectCatalog.Get(a.Kind).Key, InjectCatalog.Get(b.Kind).Key);
        if (c == 0) c = string.CompareOrdinal(a.Target ?? "", b.Target ?? "");
        if (c == 0) c = (a.At is null ? 0 : 1).CompareTo(b.At is null ? 0 : 1);
        if (c == 0) c = (a.At ?? 0).CompareTo(b.At ?? 0);
        if (c == 0) c = a.Probability.CompareTo(b.Probability);
        if (c == 0) c = a.Magnitude.CompareTo(b.Magnitude);
        if (c == 0) c = a.Weeks.CompareTo(b.Weeks);
        return c;
    }

    /// <summary>The indices of <paramref name="injects"/> (file positions) in canonical order; equal injects keep file order.</summary>
    public static int[] Canonical(IReadOnlyList<InjectSpec> injects)
    {
        ArgumentNullException.ThrowIfNull(injects);
        var order = Enumerable.Range(0, injects.Count).ToArray();
        // A stable sort: LINQ's OrderBy is stable, Array.Sort is not.
        return [.. order.OrderBy(i => injects[i], Comparer<InjectSpec>.Create(Compare))];
    }
}
