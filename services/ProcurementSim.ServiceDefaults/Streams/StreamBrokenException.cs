using Grpc.Core;

namespace ProcurementSim.ServiceDefaults.Streams;

/// <summary>A multiplexed stream ended before a request was answered; <see cref="Why"/> says how it ended.</summary>
public sealed class StreamBrokenException(RpcException why) : Exception($"The stream ended: {why.Status.Detail}", why)
{
    /// <summary>The stream's end as a status (UNAVAILABLE when the service went away).</summary>
    public RpcException Why { get; } = why;
}
