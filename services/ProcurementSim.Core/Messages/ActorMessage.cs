namespace ProcurementSim.Core.Messages;

/// <summary>
/// A message between actors. Everything an actor sends during tick t is applied by its receiver at t+1,
/// in canonical order (sender, <see cref="Order"/>, sequence), so arrival order never matters.
/// </summary>
public abstract record ActorMessage
{
    /// <summary>Position of the message kind in the canonical order.</summary>
    public abstract int Order { get; }
}
