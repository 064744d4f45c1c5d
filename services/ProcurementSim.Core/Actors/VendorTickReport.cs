namespace ProcurementSim.Core.Actors;

/// <summary>What a vendor did this tick. Arrays are indexed by category and reused from tick to tick: copy what you keep.</summary>
public sealed class VendorTickReport(int categories)
{
    /// <summary>Task units routed to the vendor.</summary>
    public double[] Tasked { get; } = new double[categories];
    /// <summary>Task units served.</summary>
    public double[] Served { get; } = new double[categories];
    /// <summary>Task units refused because of the vendor's policy.</summary>
    public double[] Refused { get; } = new double[categories];
    /// <summary>Served × quality.</summary>
    public double[] Effective { get; } = new double[categories];
    /// <summary>Served × price.</summary>
    public double Spend { get; set; }
    /// <summary>Shadow work of a parallel run × price.</summary>
    public double ShadowSpend { get; set; }
    /// <summary>Trust toward the agency after this tick.</summary>
    public double Trust { get; set; }
    /// <summary>Status after this tick.</summary>
    public VendorStatus Status { get; set; }
    /// <summary>
    /// True when the vendor left <see cref="Tasked"/>, <see cref="Served"/>, <see cref="Refused"/>, <see cref="Effective"/>,
    /// <see cref="Spend"/> and <see cref="ShadowSpend"/> as they were last week because nothing they depend on changed
    /// (so a reader may reuse what it derived from them); false when unknown.
    /// </summary>
    internal bool SameAsLastWeek { get; set; }
}
