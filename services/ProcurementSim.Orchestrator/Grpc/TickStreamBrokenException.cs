using Grpc.Core;

namespace ProcurementSim.Orchestrator.Grpc;

/// <summary>A tick stream ended before the tick was answered; <see cref="Status"/> says how it ended.</summary>
internal sealed class TickStreamBrokenException(RpcException why) : Exception($"The tick stream ended: {why.Status.Detail}", why)
{
    /// <summary>The stream's end as a status (UNAVAILABLE when the service went away).</summary>
    public RpcException Why { get; } = why;
}
