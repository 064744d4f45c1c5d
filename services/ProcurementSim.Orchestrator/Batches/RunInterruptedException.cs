namespace ProcurementSim.Orchestrator.Batches;

/// <summary>A batch run failed because a replica or the broker failed under it (<see cref="Faults.RunFaults"/>): it can be played again.</summary>
public sealed class RunInterruptedException(string message, string fault, Exception inner, bool beforePlay = false) : Exception(message, inner)
{
    /// <summary>True when the run was interrupted while being placed: no tick was played.</summary>
    public bool BeforePlay { get; } = beforePlay;

    /// <summary>What failed under the run, in a sentence.</summary>
    public string Fault { get; } = fault;
}
