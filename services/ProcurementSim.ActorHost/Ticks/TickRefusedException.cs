namespace ProcurementSim.ActorHost.Ticks;

/// <summary>
/// The tick cannot be played or finished as asked, and asking again will not change that (another tick comes first,
/// the announced messages did not come, a recipient refused a message). The gRPC services answer FAILED_PRECONDITION.
/// </summary>
public sealed class TickRefusedException(string message, Exception? inner = null) : Exception(message, inner);
