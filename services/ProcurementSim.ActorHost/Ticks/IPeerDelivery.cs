using ProcurementSim.ActorHost.Runs;

namespace ProcurementSim.ActorHost.Ticks;

/// <summary>
/// Carries what an actor sent during a tick to the services hosting the recipients. The tick player needs only this;
/// the transport (gRPC, in <c>Grpc/</c>) sits above it. Redelivering must be harmless: recipients apply a message once.
/// </summary>
public interface IPeerDelivery
{
    /// <summary>Delivers every message of <paramref name="played"/>; completes when all were acknowledged.</summary>
    /// <exception cref="TickUnfinishedException">A recipient could not be reached; a retry may finish the tick.</exception>
    /// <exception cref="TickRefusedException">A recipient refused a message; a retry will not help.</exception>
    Task DeliverAsync(HostedRun run, PlayedTick played, CancellationToken cancellationToken);
}
