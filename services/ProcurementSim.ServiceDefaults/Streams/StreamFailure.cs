using Grpc.Core;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.ServiceDefaults.Streams;

/// <summary>A failure answered on a stream (a tick's, a delivery's) as the RpcException its unary call would have thrown.</summary>
public static class StreamFailure
{
    /// <summary>The exception of <paramref name="failure"/>; with no outcome at all, INTERNAL naming <paramref name="what"/>.</summary>
    public static RpcException ToException(TickFailure? failure, string what) => failure is null
        ? new RpcException(new Status(StatusCode.Internal, $"the service answered {what} with no outcome"))
        : new RpcException(new Status((StatusCode)failure.Code, failure.Message));
}
