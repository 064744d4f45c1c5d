namespace ProcurementSim.ActorHost.Runs;

/// <summary>What happened to a message handed to an actor's inbox buffer.</summary>
public enum DeliveryOutcome
{
    /// <summary>Buffered for the tick it is meant for.</summary>
    Added,
    /// <summary>Already there (a retry): applied once.</summary>
    Duplicate,
    /// <summary>The actor already played the tick the message was meant for.</summary>
    TooLate,
    /// <summary>Meant for a tick further ahead than any sender can be.</summary>
    TooEarly,
}
