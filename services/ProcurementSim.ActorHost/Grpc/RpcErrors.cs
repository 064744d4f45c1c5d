using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace ProcurementSim.ActorHost.Grpc;

/// <summary>The gRPC errors the actor services return: a sentence, and field details where a request is malformed.</summary>
public static class RpcErrors
{
    /// <summary>INVALID_ARGUMENT with a <see cref="BadRequest"/> listing every field problem.</summary>
    public static RpcException InvalidArgument(string message, IEnumerable<BadRequest.Types.FieldViolation> violations)
    {
        var bad = new BadRequest();
        bad.FieldViolations.AddRange(violations);
        var status = new Google.Rpc.Status { Code = (int)Code.InvalidArgument, Message = message };
        status.Details.Add(Any.Pack(bad));
        return status.ToRpcException();
    }

    /// <summary>NOT_FOUND for a run this instance does not hold.</summary>
    public static RpcException UnknownRun(string runId) => new(new global::Grpc.Core.Status(StatusCode.NotFound,
        $"run '{Shorten(runId, 80)}' is not initialised on this service (InitRun it first, or it has ended)"));

    /// <summary>Text from a request, cut to <paramref name="max"/> characters so that an error never echoes a huge field.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : text[..max] + $"… ({text.Length} characters)";
    }

    /// <summary>FAILED_PRECONDITION: the request is well formed but the run is not in a state to serve it.</summary>
    public static RpcException FailedPrecondition(string message) => new(new global::Grpc.Core.Status(StatusCode.FailedPrecondition, message));

    /// <summary>RESOURCE_EXHAUSTED: the service holds as much as it may; a retry after others end may succeed.</summary>
    public static RpcException ResourceExhausted(string message) => new(new global::Grpc.Core.Status(StatusCode.ResourceExhausted, message));

    /// <summary>UNAVAILABLE: the work is half done (a peer or the bus could not be reached); a retry of the same call finishes it.</summary>
    public static RpcException Unavailable(string message) => new(new global::Grpc.Core.Status(StatusCode.Unavailable, message));
}
