namespace ProcurementSim.Contracts;

/// <summary>The integrator used a vendor's output in a category (a red-line breach when prohibited).</summary>
public sealed record ComplianceIncidentReported(string RunId, RunEventData Event) : IRunEvent;
