namespace ProcurementSim.Orchestrator.Domain;

/// <summary>
/// Where a run stands. It only moves forward: pending → running → completed, failed or cancelled. (The API's
/// <c>procurementsim.v1.RunState</c> is its wire form, mapped at the gRPC service.)
/// </summary>
public enum RunState
{
    /// <summary>Accepted, waiting for a free slot.</summary>
    Pending,

    /// <summary>Being played.</summary>
    Running,

    /// <summary>Played to the end; its files are stored.</summary>
    Completed,

    /// <summary>Stopped by a failure (the run says why).</summary>
    Failed,

    /// <summary>Cancelled on request.</summary>
    Cancelled,
}
