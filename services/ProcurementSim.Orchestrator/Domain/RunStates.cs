namespace ProcurementSim.Orchestrator.Domain;

/// <summary>What a run's state tells.</summary>
public static class RunStates
{
    /// <summary>True for completed, failed and cancelled: a run in such a state never moves again.</summary>
    public static bool IsTerminal(this RunState state) => state is RunState.Completed or RunState.Failed or RunState.Cancelled;
}
