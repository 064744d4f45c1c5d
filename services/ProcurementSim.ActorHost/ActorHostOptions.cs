namespace ProcurementSim.ActorHost;

/// <summary>Settings of the actor host, bound from the <c>ProcSim</c> section (e.g. <c>ProcSim:InboxTimeoutSeconds</c>).</summary>
public sealed class ActorHostOptions
{
    /// <summary>
    /// How long AdvanceTick waits for the messages the orchestrator announced before it answers FAILED_PRECONDITION.
    /// In the protocol every message of tick t−1 is acknowledged before tick t starts, so the wait is normally nil.
    /// </summary>
    public double InboxTimeoutSeconds { get; set; } = 30;
}
