namespace ProcurementSim.Contracts;

/// <summary>The agency issued a solicitation.</summary>
public sealed record SolicitationIssued(string RunId, RunEventData Event) : IRunEvent;
