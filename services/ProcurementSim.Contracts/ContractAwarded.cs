namespace ProcurementSim.Contracts;

/// <summary>The agency awarded a contract.</summary>
public sealed record ContractAwarded(string RunId, RunEventData Event) : IRunEvent;
