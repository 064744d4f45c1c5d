namespace ProcurementSim.Contracts;

/// <summary>The agency cut the incumbent's tasking.</summary>
public sealed record PartnershipReduced(string RunId, RunEventData Event) : IRunEvent;
