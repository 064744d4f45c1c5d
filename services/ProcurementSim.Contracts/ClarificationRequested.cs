namespace ProcurementSim.Contracts;

/// <summary>A vendor asked the integrator for clarification.</summary>
public sealed record ClarificationRequested(string RunId, RunEventData Event) : IRunEvent;
