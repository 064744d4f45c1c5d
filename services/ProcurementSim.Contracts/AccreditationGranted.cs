namespace ProcurementSim.Contracts;

/// <summary>A replacement was accredited (or, with kind accreditation_failed, failed).</summary>
public sealed record AccreditationGranted(string RunId, RunEventData Event) : IRunEvent;
