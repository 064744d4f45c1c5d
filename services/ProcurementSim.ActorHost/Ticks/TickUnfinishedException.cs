namespace ProcurementSim.ActorHost.Ticks;

/// <summary>
/// The tick was played but what it sent or logged has not all gone out (a peer or the bus was unreachable); a retry of
/// the same tick finishes it without playing it again. The gRPC services answer UNAVAILABLE, which callers retry.
/// </summary>
public sealed class TickUnfinishedException(string message, Exception? inner = null) : Exception(message, inner);
