namespace ProcurementSim.Core.Decisions;

/// <summary>A vendor's state as far as the agency knows it (from messages, never from the vendor's memory).</summary>
public enum KnownVendorState
{
    /// <summary>Under contract and serving.</summary>
    Active,
    /// <summary>Not under contract.</summary>
    Idle,
    /// <summary>Awarded, accreditation pending.</summary>
    Awarded,
    /// <summary>Accredited and ramping up.</summary>
    Accredited,
    /// <summary>Accreditation failed.</summary>
    Failed,
    /// <summary>Under notice of termination.</summary>
    UnderNotice,
    /// <summary>Contract ended.</summary>
    Terminated,
}
