namespace ProcurementSim.ActorHost.Runs;

/// <summary>How many messages a sender announced for a tick and how many the buffer holds.</summary>
public readonly record struct SenderCount(int Sender, int Expected, int Held);
