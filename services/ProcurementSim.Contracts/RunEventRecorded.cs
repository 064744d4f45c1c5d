namespace ProcurementSim.Contracts;

/// <summary>Any other event of the run (negotiation, bids, injects, transition milestones).</summary>
public sealed record RunEventRecorded(string RunId, RunEventData Event) : IRunEvent;
