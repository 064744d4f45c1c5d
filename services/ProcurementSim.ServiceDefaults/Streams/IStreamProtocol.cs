using Grpc.Core;

namespace ProcurementSim.ServiceDefaults.Streams;

/// <summary>
/// What a <see cref="MultiplexedStream{TRequest, TResponse}"/> needs to know of a bidirectional gRPC method whose
/// requests and answers are matched by a call id (the tick stream, the delivery stream): how to open it, how to
/// number a request, how to withdraw one, and how to read an answer.
/// </summary>
public interface IStreamProtocol<TRequest, TResponse>
{
    /// <summary>The method's name, for sentences (e.g. <c>AdvanceTicks</c>).</summary>
    string Name { get; }

    /// <summary>Opens the stream on <paramref name="invoker"/>; it ends when <paramref name="closed"/> is cancelled.</summary>
    AsyncDuplexStreamingCall<TRequest, TResponse> Open(CallInvoker invoker, CancellationToken closed);

    /// <summary>Sets the call id and the time the caller waits (milliseconds) on a request about to be sent.</summary>
    void Number(TRequest request, ulong callId, int timeoutMilliseconds);

    /// <summary>The request that withdraws <paramref name="callId"/>, or null when the method has none.</summary>
    TRequest? Cancel(ulong callId);

    /// <summary>The call id an answer carries.</summary>
    ulong CallIdOf(TResponse response);

    /// <summary>The failure an answer reports, as the RpcException a unary call would have thrown; null for a success.</summary>
    RpcException? FailureOf(TResponse response);
}
