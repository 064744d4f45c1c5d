namespace ProcurementSim.Core.Randomness;

/// <summary>
/// The draw keys of draws that concern a named thing: the stable hash of its name, so the draw follows the name and
/// never the position at which a scenario file lists it. Renaming a thing changes its draws (not their distribution).
/// </summary>
public static class DrawKeys
{
    /// <summary>The key of a draw about the vendor named <paramref name="vendor"/> (the integrator's misuse draw).</summary>
    public static ulong Vendor(string vendor) => StableHash.Of(vendor);

    /// <summary>The key of a draw about the category named <paramref name="category"/> (a concession in a negotiation round).</summary>
    public static ulong Category(string category) => StableHash.Of(category);

    /// <summary>
    /// The key of a random inject's weekly draw: the stable hash of <c>KIND|TARGET|N</c>, with the kind's key as the
    /// scenario file writes it, the target's name (empty without one) and <paramref name="occurrence"/> in invariant
    /// decimal digits (0 for the first random inject of that kind and target in canonical order, 1 for the next, ...).
    /// </summary>
    public static ulong Inject(string kind, string? target, int occurrence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(occurrence);
        return StableHash.Of(kind + "|" + (target ?? "") + "|" + occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
