namespace ProcurementSim.Contracts;

/// <summary>A contract was terminated, given notice, or ended.</summary>
public sealed record PartnershipTerminated(string RunId, RunEventData Event) : IRunEvent;
