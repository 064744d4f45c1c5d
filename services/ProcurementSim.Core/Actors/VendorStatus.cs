namespace ProcurementSim.Core.Actors;

/// <summary>Where a vendor stands with the agency.</summary>
public enum VendorStatus
{
    /// <summary>Under contract and serving (the incumbent at the start).</summary>
    Active,
    /// <summary>A replacement not (yet) awarded.</summary>
    Idle,
    /// <summary>Awarded, accreditation in progress.</summary>
    Accrediting,
    /// <summary>Accredited: serving, ramping up to full capacity.</summary>
    Accredited,
    /// <summary>Accreditation failed: it cannot serve.</summary>
    Failed,
    /// <summary>Contract ended.</summary>
    Terminated,
}
