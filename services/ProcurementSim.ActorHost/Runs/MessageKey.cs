namespace ProcurementSim.ActorHost.Runs;

/// <summary>A delivered message's identity: its sender, the tick it was sent in and the sender's sequence number.</summary>
public readonly record struct MessageKey(int From, int Tick, int Sequence);
