namespace ProcurementSim.Contracts;

/// <summary>Every domain event of a run; the orchestrator consumes this interface to record the event log.</summary>
public interface IRunEvent
{
    /// <summary>The run.</summary>
    string RunId { get; }

    /// <summary>The event.</summary>
    RunEventData Event { get; }
}
