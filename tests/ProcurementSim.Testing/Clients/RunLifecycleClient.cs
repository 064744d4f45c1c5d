using Google.Protobuf;
using Grpc.Core;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Testing.Clients;

/// <summary>
/// A client of RunLifecycle, as the orchestrator calls it, built by hand from the message parsers and the wire
/// method names, with a 60 s deadline on every call.
/// </summary>
public sealed class RunLifecycleClient(CallInvoker invoker)
{
    private static readonly Method<InitRunRequest, InitRunResponse> Init = Unary(InitRunRequest.Parser, InitRunResponse.Parser, "InitRun");
    private static readonly Method<AdvanceTickRequest, AdvanceTickResponse> Advance = Unary(AdvanceTickRequest.Parser, AdvanceTickResponse.Parser, "AdvanceTick");
    private static readonly Method<EndRunRequest, EndRunResponse> End = Unary(EndRunRequest.Parser, EndRunResponse.Parser, "EndRun");
    private static readonly Method<DescribeRunRequest, DescribeRunResponse> Describe = Unary(DescribeRunRequest.Parser, DescribeRunResponse.Parser, "DescribeRun");

    public async Task<InitRunResponse> InitRunAsync(InitRunRequest request) => await invoker.AsyncUnaryCall(Init, null, Options(), request);

    public async Task<AdvanceTickResponse> AdvanceTickAsync(AdvanceTickRequest request) => await invoker.AsyncUnaryCall(Advance, null, Options(), request);

    /// <summary>AdvanceTick with the caller's deadline (one already past, say).</summary>
    public async Task<AdvanceTickResponse> AdvanceTickAsync(AdvanceTickRequest request, DateTime deadline) =>
        await invoker.AsyncUnaryCall(Advance, null, new CallOptions(deadline: deadline), request);

    public async Task<EndRunResponse> EndRunAsync(EndRunRequest request) => await invoker.AsyncUnaryCall(End, null, Options(), request);

    public async Task<DescribeRunResponse> DescribeRunAsync(DescribeRunRequest request) => await invoker.AsyncUnaryCall(Describe, null, Options(), request);

    private static CallOptions Options() => new(deadline: DateTime.UtcNow.AddSeconds(60));

    private static Method<TRequest, TResponse> Unary<TRequest, TResponse>(MessageParser<TRequest> request, MessageParser<TResponse> response, string name)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        new(MethodType.Unary, RunLifecycle.Descriptor.FullName, name,
            Marshallers.Create(m => m.ToByteArray(), request.ParseFrom),
            Marshallers.Create(m => m.ToByteArray(), response.ParseFrom));
}
