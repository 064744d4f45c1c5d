namespace ProcurementSim.Orchestrator.Batches;

/// <summary>A batch run failed because a replica or the broker failed under it (<see cref="Faults.RunFaults"/>): it can be played again.</summary>
public sealed class RunInterruptedException(string message, string fault, Exception inner) : Exception(message, inner)
{
    /// <summary>What failed under the run, in a sentence.</summary>
    public string Fault { get; } = fault;
}
