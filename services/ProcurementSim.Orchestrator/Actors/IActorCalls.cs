namespace ProcurementSim.Orchestrator.Actors;

/// <summary>
/// The calls the orchestrator makes to an actor service (its run lifecycle), in domain terms. The gRPC client that
/// carries them is the edge's (<c>Grpc/RunLifecycleCalls</c>); a call that fails throws its
/// <see cref="global::Grpc.Core.RpcException"/>, whose status the callers put in their sentences.
/// </summary>
public interface IActorCalls
{
    /// <summary>Creates the run's actors that the service at <paramref name="address"/> hosts.</summary>
    Task InitRunAsync(string address, RunInit init, CancellationToken cancellationToken);

    /// <summary>Has one actor play one tick; its answer, with its report read (or why it could not be).</summary>
    Task<TickAnswer> AdvanceTickAsync(string address, TickCall call, DateTime deadline, CancellationToken cancellationToken);

    /// <summary>Releases the run on the service at <paramref name="address"/>.</summary>
    Task EndRunAsync(string address, string runId, DateTime deadline);

    /// <summary>True when the service at <paramref name="address"/> holds the run; it answers at all when it is reachable.</summary>
    Task<bool> HoldsRunAsync(string address, string runId, DateTime deadline, CancellationToken cancellationToken);
}
