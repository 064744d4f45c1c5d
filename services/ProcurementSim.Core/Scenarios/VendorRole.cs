namespace ProcurementSim.Core.Scenarios;

/// <summary>Whether a vendor holds the current contract or competes to replace it.</summary>
public enum VendorRole
{
    /// <summary>The vendor under contract at the start.</summary>
    Incumbent,
    /// <summary>A vendor that can bid, be awarded, be accredited and ramp up.</summary>
    Replacement,
}
