using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using ProcurementSim.Protocol.V1;

namespace ProcurementSim.Orchestrator.Tests.Support;

/// <summary>
/// A client of the public API built on the message types of the Orchestrator assembly. (Generating the proto's client
/// here would define the same message types a second time, in this assembly.)
/// </summary>
/// <param name="address">The orchestrator's gRPC address.</param>
/// <param name="caPath">A PEM authority to trust for an https:// address, or null for the system's store only.</param>
/// <param name="apiKey">The API key to send as x-api-key, or null.</param>
public sealed class OrchestratorApi(string address, string? caPath = null, string? apiKey = null) : IDisposable
{
    private const string Service = "procurementsim.v1.Orchestrator";

    private static readonly Method<ValidateScenarioRequest, ValidateScenarioResponse> Validate = Unary(ValidateScenarioRequest.Parser, "ValidateScenario", ValidateScenarioResponse.Parser);
    private static readonly Method<StartRunRequest, StartRunResponse> Start = Unary(StartRunRequest.Parser, "StartRun", StartRunResponse.Parser);
    private static readonly Method<GetResultRequest, RunResultFiles> Result = Unary(GetResultRequest.Parser, "GetResult", RunResultFiles.Parser);
    private static readonly Method<ListRunsRequest, ListRunsResponse> List = Unary(ListRunsRequest.Parser, "ListRuns", ListRunsResponse.Parser);
    private static readonly Method<CancelRunRequest, CancelRunResponse> Cancel = Unary(CancelRunRequest.Parser, "CancelRun", CancelRunResponse.Parser);
    private static readonly Method<WatchRunRequest, TickSnapshot> Watch =
        new(MethodType.ServerStreaming, Service, "WatchRun", Marshal(WatchRunRequest.Parser), Marshal(TickSnapshot.Parser));

    private static readonly Method<RunBatchRequest, BatchStateResult> Batch =
        new(MethodType.ServerStreaming, Service, "RunBatch", Marshal(RunBatchRequest.Parser), Marshal(BatchStateResult.Parser));

    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        MaxReceiveMessageSize = 64 * 1024 * 1024,
        HttpHandler = new SocketsHttpHandler
        {
            SslOptions = new System.Net.Security.SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = caPath is null
                    ? null
                    : ServiceDefaults.Security.TlsCertificates.TrustAuthorities(ServiceDefaults.Security.TlsCertificates.LoadAuthorities("caPath", caPath)),
            },
        },
    });

    public async Task<ValidateScenarioResponse> ValidateScenarioAsync(ValidateScenarioRequest request) =>
        await _channel.CreateCallInvoker().AsyncUnaryCall(Validate, null, Options(), request);

    public async Task<StartRunResponse> StartRunAsync(StartRunRequest request) =>
        await _channel.CreateCallInvoker().AsyncUnaryCall(Start, null, Options(), request);

    /// <summary>ValidateScenario with the caller's deadline.</summary>
    public async Task<ValidateScenarioResponse> ValidateScenarioAsync(ValidateScenarioRequest request, DateTime deadline) =>
        await _channel.CreateCallInvoker().AsyncUnaryCall(Validate, null, new CallOptions(deadline: deadline), request);

    /// <summary>GetResult with any request, for tests of its checks.</summary>
    public async Task<RunResultFiles> GetResultAsync(GetResultRequest request) =>
        await _channel.CreateCallInvoker().AsyncUnaryCall(Result, null, Options(), request);

    public async Task<RunResultFiles> GetResultAsync(string runId, bool includeReport = true) =>
        await _channel.CreateCallInvoker().AsyncUnaryCall(Result, null, Options(), new GetResultRequest { RunId = runId, IncludeReport = includeReport });

    public async Task<ListRunsResponse> ListRunsAsync() =>
        await _channel.CreateCallInvoker().AsyncUnaryCall(List, null, Options(), new ListRunsRequest());

    public async Task<CancelRunResponse> CancelRunAsync(string runId) =>
        await _channel.CreateCallInvoker().AsyncUnaryCall(Cancel, null, Options(), new CancelRunRequest { RunId = runId });

    /// <summary>Every snapshot WatchRun streams, until the stream ends.</summary>
    public async Task<List<TickSnapshot>> WatchRunAsync(string runId, TimeSpan? timeout = null)
    {
        using var call = _channel.CreateCallInvoker().AsyncServerStreamingCall(Watch, null, Options(timeout ?? TimeSpan.FromMinutes(2)), new WatchRunRequest { RunId = runId });
        var snapshots = new List<TickSnapshot>();
        await foreach (var snapshot in call.ResponseStream.ReadAllAsync())
        {
            snapshots.Add(snapshot);
        }

        return snapshots;
    }

    /// <summary>Every state RunBatch streams, until the stream ends.</summary>
    public async Task<List<BatchStateResult>> RunBatchAsync(RunBatchRequest request, TimeSpan? timeout = null)
    {
        using var call = _channel.CreateCallInvoker().AsyncServerStreamingCall(Batch, null, Options(timeout ?? TimeSpan.FromMinutes(2)), request);
        var states = new List<BatchStateResult>();
        await foreach (var state in call.ResponseStream.ReadAllAsync())
        {
            states.Add(state);
        }

        return states;
    }

    public void Dispose() => _channel.Dispose();

    private CallOptions Options(TimeSpan? timeout = null) =>
        new(headers: apiKey is null ? null : new Metadata { { "x-api-key", apiKey } }, deadline: DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30)));

    private static Method<TRequest, TResponse> Unary<TRequest, TResponse>(MessageParser<TRequest> request, string name, MessageParser<TResponse> response)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        new(MethodType.Unary, Service, name, Marshal(request), Marshal(response));

    private static Marshaller<T> Marshal<T>(MessageParser<T> parser)
        where T : IMessage<T> =>
        Marshallers.Create(m => m.ToByteArray(), parser.ParseFrom);
}
